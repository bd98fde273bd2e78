package dev.chat.client.internal;

import dev.chat.client.ReconnectPolicy;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Reconnection delays: exponential growth capped at the policy's maximum, spread by jitter so that many
 * clients dropped at once do not come back at once. Pure: the randomness is passed in.
 */
public final class Backoff {
    private final ReconnectPolicy policy;
    private final DoubleSupplier random;

    /**
     * @param policy the delays and jitter
     * @param random values in [0, 1), such as {@code ThreadLocalRandom.current()::nextDouble}
     */
    public Backoff(ReconnectPolicy policy, DoubleSupplier random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before attempt {@code attempt} (0 for the first reconnection), in milliseconds. */
    public long delayMillis(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative: " + attempt);
        }
        double max = policy.maxDelay().toMillis();
        double base = Math.min(max, policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), attempt));
        // A uniform value within base ± jitter × base, then capped again.
        double deviation = policy.jitter() * base;
        double jittered = base - deviation + 2 * deviation * random.getAsDouble();
        return Math.round(Math.max(0, Math.min(max, jittered)));
    }

    /** Whether attempt {@code attempt} (from 0) is still allowed by the policy. */
    public boolean allows(int attempt) {
        return policy.enabled() && (policy.maxAttempts() == 0 || attempt < policy.maxAttempts());
    }
}
