package dev.chat.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Test
  void emptyHistogramReportsZeros() {
    LatencyHistogram h = new LatencyHistogram();
    assertThat(h.count()).isZero();
    assertThat(h.percentile(50)).isZero();
    assertThat(h.max()).isZero();
    assertThat(h.min()).isZero();
  }

  @Test
  void smallValuesAreExactWithNearestRankPercentiles() {
    LatencyHistogram h = new LatencyHistogram();
    for (int v = 1; v <= 50; v++) {
      h.record(v);
    }
    assertThat(h.percentile(50)).isEqualTo(25);
    assertThat(h.percentile(98)).isEqualTo(49);
    assertThat(h.percentile(100)).isEqualTo(50);
    assertThat(h.percentile(0)).isEqualTo(1);
    assertThat(h.max()).isEqualTo(50);
    assertThat(h.min()).isEqualTo(1);
  }

  @Test
  void onePercentTailDecidesP99() {
    LatencyHistogram h = new LatencyHistogram();
    for (int i = 0; i < 990; i++) {
      h.record(1_000);
    }
    for (int i = 0; i < 10; i++) {
      h.record(80_000);
    }
    assertThat(h.percentile(99)).isBetween(1_000L, 1_000L + 1_000 / 64);
    assertThat(h.percentile(99.1)).isEqualTo(80_000);
    assertThat(h.max()).isEqualTo(80_000);
  }

  @Test
  void largeValuesStayWithinOneSixtyFourthAbove() {
    long[] values = {64, 65, 127, 128, 1_000, 4_095, 123_456, 9_999_999, 1L << 40, Long.MAX_VALUE};
    for (long v : values) {
      int index = LatencyHistogram.indexOf(v);
      assertThat(LatencyHistogram.lowestValueOf(index)).isLessThanOrEqualTo(v);
      assertThat(LatencyHistogram.highestValueOf(index)).isGreaterThanOrEqualTo(v);
      double width = LatencyHistogram.highestValueOf(index) - LatencyHistogram.lowestValueOf(index);
      assertThat(width / v).isLessThanOrEqualTo(1.0 / 64);
    }
  }

  @Test
  void bucketsAreContiguous() {
    for (int i = 1; i < 64 * 40; i++) {
      assertThat(LatencyHistogram.lowestValueOf(i)).isEqualTo(LatencyHistogram.highestValueOf(i - 1) + 1);
    }
  }

  @Test
  void addMergesAndResetForgets() {
    LatencyHistogram a = new LatencyHistogram();
    LatencyHistogram b = new LatencyHistogram();
    a.record(10);
    b.record(20);
    b.record(-5);
    a.add(b);
    assertThat(a.count()).isEqualTo(3);
    assertThat(a.min()).isZero();
    assertThat(a.max()).isEqualTo(20);
    a.reset();
    assertThat(a.count()).isZero();
    assertThat(a.percentile(99)).isZero();
  }

  @Test
  void rejectsPercentilesOutsideRange() {
    LatencyHistogram h = new LatencyHistogram();
    assertThatThrownBy(() -> h.percentile(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentile must be in [0, 100]: 101.0");
    assertThatThrownBy(() -> h.percentile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
