package dev.chat.server.internal.engine;

import io.netty.channel.EventLoop;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confines one session's state to one event loop at a time, and can move it to another loop. Tasks
 * handed over from other threads wait in one FIFO inbox, drained on the current loop; a drain that
 * finds the session moved (by the task it just ran, or meanwhile) goes on on the new loop, so the
 * order of everything handed over is kept across the move.
 */
final class SessionExecutor extends TaskInbox implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SessionExecutor.class);
    private static final int TASKS_PER_DRAIN = 1024;

    private final String sessionId;
    private static final AtomicIntegerFieldUpdater<SessionExecutor> DRAIN_SCHEDULED =
            AtomicIntegerFieldUpdater.newUpdater(SessionExecutor.class, "drainScheduled");

    /** 1 while a drain is scheduled; a field, not an AtomicBoolean, as every session has one. */
    private volatile int drainScheduled;
    /** The drain task is this executor itself ({@link #run}), not a closure per session. */
    private final Runnable drainTask = this;
    private volatile EventLoop loop;
    /** The thread draining the inbox now, so that the tasks it runs count as confined. */
    private volatile Thread drainingThread;

    SessionExecutor(EventLoop loop, String sessionId) {
        this.loop = loop;
        this.sessionId = sessionId;
    }

    /** @return the loop the session is confined to now */
    EventLoop loop() {
        return loop;
    }

    /** @return whether the caller may touch the state now: on the current loop, nothing handed over waiting */
    boolean confined() {
        return loop.inEventLoop() && (drainingThread == Thread.currentThread() || isInboxEmpty());
    }

    /** Runs a task confined, after every task handed over before it; any thread. */
    void execute(Runnable task) {
        push(task);
        if (DRAIN_SCHEDULED.compareAndSet(this, 0, 1)) {
            loop.execute(drainTask);
        }
    }

    /** Runs a task confined after a delay; any thread. Cancelling may not stop a task already due. */
    ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return loop.schedule(() -> runConfined(task), delay, unit);
    }

    /** Runs a task now if confined, else hands it over; any thread. */
    void runConfined(Runnable task) {
        if (confined()) {
            runGuarded(task);
        } else {
            execute(task);
        }
    }

    /**
     * Moves the session to another loop. Call confined, as the last thing the calling task does with
     * the state: from then on the state belongs to the new loop.
     */
    void moveTo(EventLoop next) {
        loop = next;
    }

    /** Drains the inbox: the task the executor hands to its loop. */
    @Override
    public void run() {
        drain();
    }

    private void drain() {
        EventLoop current = loop;
        if (!current.inEventLoop()) {
            current.execute(drainTask);
            return;
        }
        for (int i = 0; i < TASKS_PER_DRAIN; i++) {
            Runnable task = poll();
            if (task == null) {
                drainScheduled = 0;
                if (isInboxEmpty() || !DRAIN_SCHEDULED.compareAndSet(this, 0, 1)) {
                    return;
                }
                continue;
            }
            drainingThread = Thread.currentThread();
            try {
                runGuarded(task);
            } finally {
                drainingThread = null;
            }
            if (loop != current) {
                loop.execute(drainTask);
                return;
            }
        }
        // Let the loop's other channels run; go on afterwards.
        current.execute(drainTask);
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("engine session {}: task failed", sessionId, e);
        }
    }
}
