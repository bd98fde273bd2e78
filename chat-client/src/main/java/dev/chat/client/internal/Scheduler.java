package dev.chat.client.internal;

/**
 * The client's one serial thread and its clock. Every state change of a {@link ClientSession} runs on it,
 * so the session needs no locks. Tests use a manual implementation with a fake clock.
 */
public interface Scheduler {
    /** Monotonic time in milliseconds. */
    long nowMillis();

    /**
     * Runs {@code task} on the serial thread, after the tasks already queued.
     *
     * @return false if the scheduler is shut down and the task was dropped
     */
    boolean execute(Runnable task);

    /** Runs {@code task} on the serial thread after {@code delayMillis}; the handle cancels it. */
    Cancellable schedule(Runnable task, long delayMillis);

    /** Stops the thread after the queued tasks; later tasks are dropped. */
    void shutdown();

    /** A scheduled task that can still be cancelled. */
    interface Cancellable {
        /** A handle that cancels nothing. */
        Cancellable NONE = () -> { };

        /** Cancels the task if it has not run yet. */
        void cancel();
    }
}
