package dev.chat.bench.stats;

import java.util.Arrays;

/**
 * A fixed-size log-linear histogram of non-negative {@code long} values (microseconds in the
 * benchmark), in the spirit of HdrHistogram: values below 64 are exact, larger values fall in
 * one of 64 linear sub-buckets per power of two, so any reported percentile is within 1/64
 * (1.6%) above the true value. Recording never allocates. Not thread-safe: one histogram per
 * event loop, merged with {@link #add(LatencyHistogram)}.
 */
public final class LatencyHistogram {
  private static final int SUB_BITS = 6;
  private static final int SUB_COUNT = 1 << SUB_BITS;
  /** Covers values up to 2^62: far beyond any latency. */
  private static final int BUCKETS = (63 - SUB_BITS + 1) * SUB_COUNT;

  private final long[] counts = new long[BUCKETS];
  private long total;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  /** Records one value; negative values count as zero. */
  public void record(long value) {
    long v = Math.max(0, value);
    counts[indexOf(v)]++;
    total++;
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
  }

  /** Adds every value recorded in {@code other} to this histogram. */
  public void add(LatencyHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Forgets every recorded value. */
  public void reset() {
    Arrays.fill(counts, 0);
    total = 0;
    min = Long.MAX_VALUE;
    max = Long.MIN_VALUE;
  }

  /** How many values were recorded. */
  public long count() {
    return total;
  }

  /** The largest value recorded, exactly; 0 when empty. */
  public long max() {
    return total == 0 ? 0 : max;
  }

  /** The smallest value recorded, exactly; 0 when empty. */
  public long min() {
    return total == 0 ? 0 : min;
  }

  /**
   * The value at or below which {@code percentile} percent of the values fall (nearest-rank
   * definition), reported as the highest value of its bucket and never above {@link #max()};
   * 0 when empty.
   *
   * @throws IllegalArgumentException if {@code percentile} is not in [0, 100]
   */
  public long percentile(double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in [0, 100]: " + percentile);
    }
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(Math.max(highestValueOf(i), min), max);
      }
    }
    return max;
  }

  static int indexOf(long v) {
    if (v < SUB_COUNT) {
      return (int) v;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(v); // >= SUB_BITS
    int shift = exponent - SUB_BITS;
    int sub = (int) (v >>> shift) & (SUB_COUNT - 1);
    return (shift + 1) * SUB_COUNT + sub;
  }

  static long lowestValueOf(int index) {
    if (index < SUB_COUNT) {
      return index;
    }
    int shift = index / SUB_COUNT - 1;
    long sub = index % SUB_COUNT;
    return (SUB_COUNT + sub) << shift;
  }

  static long highestValueOf(int index) {
    if (index < SUB_COUNT) {
      return index;
    }
    int shift = index / SUB_COUNT - 1;
    return lowestValueOf(index) + (1L << shift) - 1;
  }
}
