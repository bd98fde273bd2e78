package dev.chat.server.internal.chat;

import dev.chat.core.ChatService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ChatService#expireTyping()} when {@link ChatService#nextTypingExpiry()} says, with one
 * timer for the whole server (not one per socket). {@link #poke()} after every typing start; after
 * each expiry run it re-arms itself for the next indicator, if any.
 */
final class TypingExpiryScheduler {

    /** The one timer: runs a task after a delay. */
    @FunctionalInterface
    interface Timer {
        Future<?> schedule(Runnable task, long delayMillis);

        /** A timer on a scheduled executor; after shutdown it schedules nothing. */
        static Timer of(ScheduledExecutorService executor) {
            return (task, delayMillis) -> {
                try {
                    return executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException shutDown) {
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(TypingExpiryScheduler.class);
    /** Fire just after the expiry instant so the indicator is old enough when checked. */
    static final long SLACK_MILLIS = 2;

    private final ChatService service;
    private final Timer timer;
    private final Clock clock;
    private Future<?> pending;
    private Instant pendingAt;

    TypingExpiryScheduler(ChatService service, Timer timer, Clock clock) {
        this.service = service;
        this.timer = timer;
        this.clock = clock;
    }

    /** Makes sure a timer is set for the earliest typing expiry. */
    synchronized void poke() {
        Optional<Instant> next = service.nextTypingExpiry();
        if (next.isEmpty()) {
            return;
        }
        if (pending != null && !pending.isDone() && !pendingAt.isAfter(next.get())) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        long delay = Math.max(0, Duration.between(clock.instant(), next.get()).toMillis()) + SLACK_MILLIS;
        pendingAt = next.get();
        pending = timer.schedule(this::fire, delay);
    }

    private void fire() {
        try {
            service.expireTyping();
        } catch (RuntimeException e) {
            LOG.error("Expiring typing indicators failed", e);
        }
        synchronized (this) {
            pending = null;
        }
        poke();
    }
}
