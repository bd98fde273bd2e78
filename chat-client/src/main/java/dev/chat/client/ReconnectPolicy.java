package dev.chat.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ChatClient} reconnects after losing its connection: exponential backoff with jitter.
 *
 * <p>Attempt {@code n} (from 0) waits {@code min(maxDelay, initialDelay × multiplier^n)}, then moves it by
 * a random amount within {@code ±jitter} of itself, never above {@code maxDelay}. The attempt counter
 * resets when a connection succeeds.
 *
 * @param enabled      whether to reconnect at all
 * @param initialDelay the first delay (default 500 ms)
 * @param maxDelay     the cap on any delay (default 10 s)
 * @param multiplier   the growth factor, at least 1 (default 2)
 * @param jitter       the randomization factor, in [0, 1] (default 0.5)
 * @param maxAttempts  attempts before giving up and closing; {@code 0} means never give up (default)
 */
public record ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
                              double jitter, int maxAttempts) {

    /** Reconnect forever: 500 ms doubling up to 10 s, ±50 % jitter. */
    public static final ReconnectPolicy DEFAULTS = new Builder().build();

    /** Never reconnect: a lost connection closes the client. */
    public static final ReconnectPolicy DISABLED = new Builder().enabled(false).build();

    /** Validates every field; prefer {@link #builder()}. */
    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("initialDelay must not be negative: " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least initialDelay: " + maxDelay);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number >= 1: " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within [0, 1]: " + jitter);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must not be negative: " + maxAttempts);
        }
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy's values. */
    public Builder toBuilder() {
        return new Builder().enabled(enabled).initialDelay(initialDelay).maxDelay(maxDelay)
                .multiplier(multiplier).jitter(jitter).maxAttempts(maxAttempts);
    }

    /** Builds a {@link ReconnectPolicy}; {@link #build()} validates. */
    public static final class Builder {
        private boolean enabled = true;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(10);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private int maxAttempts = 0;

        private Builder() {
        }

        /** Whether to reconnect at all. */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /** The first delay. */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
            return this;
        }

        /** The cap on any delay. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /** The growth factor per attempt, at least 1. */
        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /** The randomization factor in [0, 1]; 0 gives exact delays. */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Attempts before giving up; 0 for never. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** Validates and builds. */
        public ReconnectPolicy build() {
            return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, jitter, maxAttempts);
        }
    }
}
