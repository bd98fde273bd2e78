package dev.chat.client.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on any executor (even a thread pool), so that listeners
 * see events in the order the server sent them whatever executor the application chose.
 */
public final class SerialExecutor implements Executor {
    private static final System.Logger LOG = System.getLogger("dev.chat.client");

    private final Executor delegate;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    /** @param delegate where the tasks actually run */
    public SerialExecutor(Executor delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        try {
            delegate.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            drain(); // the listener executor is gone (client closed): finish on the caller's thread
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException | Error failure) {
                LOG.log(Level.WARNING, "A chat client callback threw; the client goes on.", failure);
            }
        }
    }
}
