package dev.chat.client.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The real {@link Scheduler}: one daemon thread named after the client. */
public final class ExecutorScheduler implements Scheduler {
    private final ScheduledThreadPoolExecutor executor;

    /** @param threadName the name of the client's serial thread */
    public ExecutorScheduler(String threadName) {
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        // After shutdown, pending timers (heartbeat, backoff, ack timeouts) must not fire.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public boolean execute(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException closed) {
            return false; // the client is closed; the caller decides what a dropped task means
        }
    }

    @Override
    public Cancellable schedule(Runnable task, long delayMillis) {
        try {
            ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return Cancellable.NONE;
        }
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
