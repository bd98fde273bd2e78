package dev.chat.client.internal;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * A {@link Scheduler} with a fake clock for tests: tasks run only inside {@link #runPending()} and
 * {@link #advance(long)}, on the test's thread, in a deterministic order.
 */
public final class ManualScheduler implements Scheduler {
    private static final class Timer {
        final long due;
        final long sequence;
        final Runnable task;
        boolean cancelled;

        Timer(long due, long sequence, Runnable task) {
            this.due = due;
            this.sequence = sequence;
            this.task = task;
        }
    }

    private final Queue<Runnable> queue = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparingLong((Timer t) -> t.due).thenComparingLong(t -> t.sequence));
    private long now = 1_000;
    private long sequence;
    private boolean shutdown;

    @Override
    public long nowMillis() {
        return now;
    }

    @Override
    public boolean execute(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.add(task);
        return true;
    }

    @Override
    public Cancellable schedule(Runnable task, long delayMillis) {
        if (shutdown) {
            return Cancellable.NONE;
        }
        Timer timer = new Timer(now + Math.max(0, delayMillis), sequence++, task);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    @Override
    public void shutdown() {
        shutdown = true;
        timers.clear();
    }

    /** Whether {@link #shutdown()} was called. */
    public boolean isShutdown() {
        return shutdown;
    }

    /** Runs queued tasks and due timers until none is left. */
    public void runPending() {
        while (true) {
            Runnable next = queue.poll();
            if (next != null) {
                next.run();
                continue;
            }
            Timer timer = timers.peek();
            if (timer != null && timer.due <= now) {
                timers.poll();
                if (!timer.cancelled) {
                    timer.task.run();
                }
                continue;
            }
            return;
        }
    }

    /** Moves the clock forward by {@code millis}, running every task that falls due on the way. */
    public void advance(long millis) {
        long target = now + millis;
        runPending();
        while (true) {
            Timer timer = timers.peek();
            if (timer == null || timer.due > target) {
                break;
            }
            now = Math.max(now, timer.due);
            runPending();
        }
        now = target;
        runPending();
    }

    /** When the next live timer falls due, or {@code -1} if none. */
    public long nextTimerDelay() {
        return timers.stream().filter(t -> !t.cancelled).mapToLong(t -> t.due - now).min().orElse(-1);
    }
}
