package dev.chat.client.internal;

import dev.chat.client.ChatEvent;
import dev.chat.client.ChatListener;
import dev.chat.client.ConnectionStateChange;
import dev.chat.client.Message;
import dev.chat.client.MessageNotification;
import dev.chat.client.MessagesRead;
import dev.chat.client.Notification;
import dev.chat.client.ServerError;
import dev.chat.client.TypingStarted;
import dev.chat.client.TypingStopped;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * Hands events to the listeners and completes command futures, all on the listener executor and in one
 * order. A listener that throws is logged and skipped; the others still get the event.
 */
public final class ListenerDispatcher {
    private static final System.Logger LOG = System.getLogger("dev.chat.client");

    private final List<ChatListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor executor;

    /** @param executor the listener executor; wrapped so tasks run one at a time in order */
    public ListenerDispatcher(Executor executor) {
        this.executor = new SerialExecutor(executor);
    }

    /** Adds a listener; it receives the events dispatched from now on. */
    public void add(ChatListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void remove(ChatListener listener) {
        listeners.remove(listener);
    }

    /** Delivers {@code event} to every listener, later, on the listener executor. */
    public void dispatch(ChatEvent event) {
        executor.execute(() -> {
            for (ChatListener listener : listeners) {
                try {
                    deliver(listener, event);
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "A chat listener threw on " + event.getClass().getSimpleName()
                            + "; the other listeners still get it.", failure);
                }
            }
        });
    }

    /** Completes {@code future} with {@code value} on the listener executor, after earlier events. */
    public <T> void complete(CompletableFuture<T> future, T value) {
        executor.execute(() -> future.complete(value));
    }

    /** Fails {@code future} on the listener executor, after earlier events. */
    public void fail(CompletableFuture<?> future, Throwable failure) {
        executor.execute(() -> future.completeExceptionally(failure));
    }

    /** Runs {@code task} on the listener executor after everything dispatched so far. */
    public void afterPending(Runnable task) {
        executor.execute(task);
    }

    private static void deliver(ChatListener listener, ChatEvent event) {
        listener.onEvent(event);
        if (event instanceof Message m) {
            listener.onNewMessage(m);
        } else if (event instanceof MessageNotification n) {
            listener.onMessageNotification(n);
        } else if (event instanceof MessagesRead r) {
            listener.onMessagesRead(r);
        } else if (event instanceof TypingStarted t) {
            listener.onTypingStarted(t);
        } else if (event instanceof TypingStopped t) {
            listener.onTypingStopped(t);
        } else if (event instanceof Notification n) {
            listener.onNotification(n);
        } else if (event instanceof ServerError e) {
            listener.onServerError(e);
        } else if (event instanceof ConnectionStateChange c) {
            listener.onStateChange(c);
        }
    }
}
