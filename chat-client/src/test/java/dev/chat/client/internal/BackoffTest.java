package dev.chat.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.client.ReconnectPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    final ReconnectPolicy policy = ReconnectPolicy.builder().initialDelay(Duration.ofMillis(500))
            .maxDelay(Duration.ofMillis(10_000)).multiplier(2).jitter(0.5).build();

    @Test
    void withoutJitterTheDelaysDoubleUpToTheCap() {
        Backoff backoff = new Backoff(policy.toBuilder().jitter(0).build(), () -> 0.9);
        assertThat(new long[] {backoff.delayMillis(0), backoff.delayMillis(1), backoff.delayMillis(2),
                backoff.delayMillis(3), backoff.delayMillis(4), backoff.delayMillis(5), backoff.delayMillis(60)})
                .containsExactly(500, 1000, 2000, 4000, 8000, 10_000, 10_000);
    }

    @Test
    void jitterSpreadsTheDelayWithinPlusOrMinusItsFactor() {
        assertThat(new Backoff(policy, () -> 0.0).delayMillis(2)).isEqualTo(1000);
        assertThat(new Backoff(policy, () -> 0.5).delayMillis(2)).isEqualTo(2000);
        assertThat(new Backoff(policy, () -> 0.75).delayMillis(2)).isEqualTo(2500);
        assertThat(new Backoff(policy, () -> 0.999_999).delayMillis(2)).isEqualTo(3000);
        // never above the cap, even when jitter pushes up
        assertThat(new Backoff(policy, () -> 0.999_999).delayMillis(10)).isEqualTo(10_000);
        assertThat(new Backoff(policy, () -> 0.0).delayMillis(10)).isEqualTo(5000);
    }

    @Test
    void attemptsAreBoundedByThePolicy() {
        assertThat(new Backoff(policy, () -> 0).allows(1_000_000)).isTrue();
        Backoff three = new Backoff(policy.toBuilder().maxAttempts(3).build(), () -> 0);
        assertThat(three.allows(2)).isTrue();
        assertThat(three.allows(3)).isFalse();
        assertThat(new Backoff(ReconnectPolicy.DISABLED, () -> 0).allows(0)).isFalse();
        assertThatThrownBy(() -> three.delayMillis(-1)).hasMessage("attempt must not be negative: -1");
    }
}
