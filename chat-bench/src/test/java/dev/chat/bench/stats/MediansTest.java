package dev.chat.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediansTest {
  @Test
  void oddCountTakesTheMiddle() {
    assertThat(Medians.of(3, 1, 2).getAsDouble()).isEqualTo(2);
  }

  @Test
  void evenCountAveragesTheMiddleTwo() {
    assertThat(Medians.of(4, 1, 3, 2).getAsDouble()).isEqualTo(2.5);
  }

  @Test
  void missingRoundsAreIgnored() {
    assertThat(Medians.of(Double.NaN, 5, 7, Double.NaN, 6).getAsDouble()).isEqualTo(6);
    assertThat(Medians.of(Double.NaN)).isEmpty();
    assertThat(Medians.of()).isEmpty();
  }
}
