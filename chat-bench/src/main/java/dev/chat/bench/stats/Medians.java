package dev.chat.bench.stats;

import java.util.Arrays;
import java.util.OptionalDouble;

/** The median of a few round results: the benchmark reports medians of interleaved rounds. */
public final class Medians {
  private Medians() {}

  /**
   * The median of the finite values given (mean of the two middle ones for an even count);
   * empty when there are none. NaN marks a round that has no figure and is ignored.
   */
  public static OptionalDouble of(double... values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (finite.length == 0) {
      return OptionalDouble.empty();
    }
    int mid = finite.length / 2;
    return OptionalDouble.of(
        finite.length % 2 == 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2.0);
  }
}
