package dev.chat.server.internal.engine;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The heartbeat timers of one engine's sessions on one event loop: one periodic tick per loop while
 * any session waits, instead of a scheduled task per session (which cost each connection a task
 * object and the loop a heap insertion per ping). Every session of an engine waits the same
 * {@code pingInterval} or {@code pingTimeout}, so deadlines added in time order are already sorted
 * within a {@link DeadlineQueue}; an entry that fits no queue (a session moved in from another loop) starts
 * another. An entry whose timer has moved on (re-armed, stopped, moved to another loop) is dropped
 * when it comes due: every new deadline adds an entry of its own. Confined to its loop.
 *
 * <p>The tick divides both delays where it can ({@link #tickMillis}), so a ping or timeout is late
 * by at most one tick.
 */
final class HeartbeatWheel implements Runnable {

    private static final long MIN_TICK_MILLIS = 10;
    private static final long MAX_TICK_MILLIS = 250;
    private static final int TICKS_PER_DELAY = 20;

    private final EventLoop loop;
    private final long tickMillis;
    private final List<DeadlineQueue> queues = new ArrayList<>(2);
    private ScheduledFuture<?> ticker;

    HeartbeatWheel(EventLoop loop, long tickMillis) {
        this.loop = loop;
        this.tickMillis = tickMillis;
    }

    /**
     * The tick for an engine's delays: a twentieth of their greatest common divisor, between 10 and
     * 250 ms (250 ms for the defaults of 25 s and 20 s, 10 ms for a 100 ms heartbeat).
     */
    static long tickMillis(long pingIntervalMillis, long pingTimeoutMillis) {
        long gcd = gcd(pingIntervalMillis, pingTimeoutMillis);
        return Math.max(MIN_TICK_MILLIS, Math.min(MAX_TICK_MILLIS, gcd / TICKS_PER_DELAY));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** Has {@code timer} fire at or after {@code deadline}; on this wheel's loop. */
    void add(HeartbeatTimer timer, long deadline) {
        for (DeadlineQueue queue : queues) {
            if (queue.accepts(deadline)) {
                queue.add(deadline, timer);
                startTicking();
                return;
            }
        }
        DeadlineQueue queue = new DeadlineQueue();
        queue.add(deadline, timer);
        queues.add(queue);
        startTicking();
    }

    private void startTicking() {
        if (ticker == null) {
            ticker = loop.scheduleAtFixedRate(this, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The tick: fires every entry that has come due, then stops ticking if nothing waits. */
    @Override
    public void run() {
        long now = HeartbeatTimer.nowMillis(loop);
        for (int i = 0; i < queues.size(); i++) {
            DeadlineQueue queue = queues.get(i);
            while (!queue.isEmpty() && queue.headDeadline() <= now) {
                long deadline = queue.headDeadline();
                queue.poll().fireIfStillDue(deadline, loop);
            }
        }
        queues.removeIf(DeadlineQueue::isEmpty);
        if (queues.isEmpty()) {
            ticker.cancel(false);
            ticker = null;
        }
    }
}
