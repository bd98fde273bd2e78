package dev.chat.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.client.internal.AckCallback;
import dev.chat.client.internal.AckDecoder;
import dev.chat.client.internal.Backoff;
import dev.chat.client.internal.ClientSession;
import dev.chat.client.internal.CommandEncoder;
import dev.chat.client.internal.EventDecoder;
import dev.chat.client.internal.ExecutorScheduler;
import dev.chat.client.internal.JdkWebSocketTransport;
import dev.chat.client.internal.ListenerDispatcher;
import dev.chat.client.internal.Scheduler;
import dev.chat.client.internal.WebSocketTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * A chat client: one user's connection to the chat server, with a typed API for the seed's events.
 *
 * <pre>{@code
 * ChatClient client = ChatClient.builder()
 *         .serverUri("http://localhost:8000")
 *         .token(jwt)
 *         .listener(new ChatListener() {
 *             public void onNewMessage(Message m) { System.out.println(m.senderId() + ": " + m.content()); }
 *         })
 *         .build();
 * client.connect().join();
 * client.join(123).join();
 * Message sent = client.sendMessage(123, "456", "Hello world!").join();
 * client.close();
 * }</pre>
 *
 * <p><b>Connection.</b> The client speaks Engine.IO v4 over a WebSocket and Socket.IO v5 on namespace
 * {@code /}. It answers the server's heartbeat, and when the connection is lost (or a ping is missing) it
 * reconnects with exponential backoff and jitter ({@link ReconnectPolicy}), then re-joins the
 * conversations it had joined before listeners hear {@link ConnectionState#CONNECTED}. A rejected token
 * or a server-side disconnect closes the client instead, as the official JS client does.
 *
 * <p><b>Commands.</b> Every command is sent with an acknowledgement: its future completes when the server
 * accepts it and fails with a {@link ChatClientException} carrying the server's code when it does not, or
 * {@link ChatClientException#NOT_CONNECTED}, {@link ChatClientException#ACK_TIMEOUT},
 * {@link ChatClientException#DISCONNECTED} or {@link ChatClientException#CLOSED}. Commands are not
 * queued while disconnected.
 *
 * <p><b>Threading.</b> Every method is thread-safe and returns at once. Listener calls and future
 * completions run on the listener executor, one at a time, in the order the server sent them.
 */
public final class ChatClient implements AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ClientSession session;
    private final ListenerDispatcher dispatcher;
    private final Set<Long> joined = ConcurrentHashMap.newKeySet();

    private ChatClient(ChatClientConfig config, WebSocketTransport transport, Scheduler scheduler,
                       Executor listenerExecutor, DoubleSupplier random, Runnable onTerminated,
                       List<ChatListener> listeners) {
        this.dispatcher = new ListenerDispatcher(listenerExecutor);
        listeners.forEach(dispatcher::add);
        this.session = new ClientSession(config, transport, scheduler, dispatcher,
                new Backoff(config.reconnect(), random), this::rejoin, onTerminated);
    }

    /** A builder; {@link Builder#serverUri(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts connecting. The future completes when the client is first connected, or fails with a
     * {@link ChatClientException} if the client closes before that (token rejected, out of attempts,
     * {@link #close()}). Calling it again returns the same future.
     */
    public CompletableFuture<Void> connect() {
        return session.connect();
    }

    /** The connection state now. */
    public ConnectionState state() {
        return session.state();
    }

    /** Adds a listener for the events from now on. */
    public void addListener(ChatListener listener) {
        dispatcher.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(ChatListener listener) {
        dispatcher.remove(listener);
    }

    /** The conversations this client has joined (and re-joins after a reconnection). */
    public Set<Long> joinedConversations() {
        return Set.copyOf(joined);
    }

    /**
     * {@code join_conversation}: receive the conversation's {@code new_message} and typing events.
     * Remembered once the server accepts, and re-joined after every reconnection.
     */
    public CompletableFuture<Void> join(long conversationId) {
        return command("join_conversation", CommandEncoder.conversationId(conversationId), body -> {
            joined.add(conversationId);
            return null;
        });
    }

    /** {@code leave_conversation}: stop receiving the conversation's live events. Forgotten at once. */
    public CompletableFuture<Void> leave(long conversationId) {
        joined.remove(conversationId);
        return command("leave_conversation", CommandEncoder.conversationId(conversationId), body -> null);
    }

    /**
     * {@code send_message}: completes with the stored message as the server acknowledged it.
     *
     * @param conversationId the conversation
     * @param toUserId       the other participant, or {@code null} to let the server infer it
     * @param content        the text
     */
    public CompletableFuture<Message> sendMessage(long conversationId, String toUserId, String content) {
        Objects.requireNonNull(content, "content");
        return command("send_message", CommandEncoder.sendMessage(conversationId, toUserId, content), body -> {
            try {
                return EventDecoder.message(body.get("message"));
            } catch (EventDecoder.MalformedException malformed) {
                throw new ChatClientException(ChatClientException.PROTOCOL_ERROR,
                        "The send_message acknowledgement has no valid message: " + malformed.getMessage() + ".");
            }
        });
    }

    /** {@code mark_read}: marks every message sent to this user in the conversation as read. */
    public CompletableFuture<Void> markRead(long conversationId) {
        return command("mark_read", CommandEncoder.markRead(conversationId), body -> null);
    }

    /** {@code typing_start}: tells the other participant this user is typing. */
    public CompletableFuture<Void> typingStart(long conversationId, String toUserId) {
        return command("typing_start", CommandEncoder.typing(conversationId, toUserId), body -> null);
    }

    /** {@code typing_stop}: tells the other participant this user stopped typing. */
    public CompletableFuture<Void> typingStop(long conversationId, String toUserId) {
        return command("typing_stop", CommandEncoder.typing(conversationId, toUserId), body -> null);
    }

    /**
     * Disconnects and stops every thread of this client. Pending commands fail with
     * {@link ChatClientException#CLOSED}; listeners get the {@link ConnectionState#CLOSED} change last.
     * Idempotent.
     */
    @Override
    public void close() {
        session.close();
    }

    private <T> CompletableFuture<T> command(String event, JsonNode argument, Function<JsonNode, T> onAccepted) {
        CompletableFuture<T> future = new CompletableFuture<>();
        session.emit(event, argument, new AckCallback() {
            @Override
            public void onAck(List<JsonNode> args) {
                AckDecoder.Result result = AckDecoder.decode(args);
                if (result instanceof AckDecoder.Result.Accepted accepted) {
                    try {
                        dispatcher.complete(future, onAccepted.apply(accepted.body()));
                    } catch (ChatClientException malformed) {
                        dispatcher.fail(future, malformed);
                    }
                } else if (result instanceof AckDecoder.Result.Rejected rejected) {
                    dispatcher.fail(future, new ChatClientException(rejected.code(), rejected.message()));
                } else if (result instanceof AckDecoder.Result.Malformed malformed) {
                    dispatcher.fail(future, new ChatClientException(ChatClientException.PROTOCOL_ERROR,
                            "The " + event + " acknowledgement is malformed: " + malformed.reason() + "."));
                }
            }

            @Override
            public void onFailure(ChatClientException failure) {
                dispatcher.fail(future, failure);
            }
        });
        return future;
    }

    /**
     * Runs on the session's thread when connected: after a reconnection, re-joins the conversations, and
     * lets listeners hear {@code CONNECTED} only once the server acknowledged every re-join (so a message
     * sent after that reaches this client through the conversation's room).
     */
    private void rejoin(boolean reconnected, Runnable ready) {
        List<Long> toRejoin = reconnected ? List.copyOf(joined) : List.of();
        if (toRejoin.isEmpty()) {
            ready.run();
            return;
        }
        int[] outstanding = {toRejoin.size()};
        for (Long conversationId : toRejoin) {
            session.emit("join_conversation", CommandEncoder.conversationId(conversationId), new AckCallback() {
                @Override
                public void onAck(List<JsonNode> args) {
                    if (!(AckDecoder.decode(args) instanceof AckDecoder.Result.Accepted)) {
                        joined.remove(conversationId); // no longer allowed; the server also sent an error event
                    }
                    done();
                }

                @Override
                public void onFailure(ChatClientException failure) {
                    done(); // lost again (the next reconnection re-joins) or timed out
                }

                private void done() {
                    if (--outstanding[0] == 0) {
                        ready.run();
                    }
                }
            });
        }
    }

    /**
     * Builds a {@link ChatClient}. Settings go to a {@link ChatClientConfig}; the listeners and the
     * listener executor belong to the client.
     */
    public static final class Builder {
        private ChatClientConfig.Builder config = ChatClientConfig.builder();
        private final List<ChatListener> listeners = new ArrayList<>();
        private Executor listenerExecutor;

        private Builder() {
        }

        /** Replaces every setting with {@code config}'s. */
        public Builder config(ChatClientConfig config) {
            this.config = config.toBuilder();
            return this;
        }

        /** The server's base address, such as {@code http://localhost:8000}. */
        public Builder serverUri(String serverUri) {
            config.serverUri(serverUri);
            return this;
        }

        /** The Socket.IO path, {@code /socket.io/} by default. */
        public Builder path(String path) {
            config.path(path);
            return this;
        }

        /** The JWT (with or without {@code "Bearer "}). */
        public Builder token(String token) {
            config.token(token);
            return this;
        }

        /** Where the token goes, {@link AuthMethod#AUTH_PAYLOAD} by default. */
        public Builder authMethod(AuthMethod authMethod) {
            config.authMethod(authMethod);
            return this;
        }

        /** The reconnection policy, {@link ReconnectPolicy#DEFAULTS} by default. */
        public Builder reconnect(ReconnectPolicy reconnect) {
            config.reconnect(reconnect);
            return this;
        }

        /** A listener registered before connecting, so it sees every event. */
        public Builder listener(ChatListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Where listeners and future completions run (one task at a time, in order, whatever the
         * executor). Default: one dedicated daemon thread, stopped by {@link ChatClient#close()}. Passing
         * {@code Runnable::run} runs them on the client's internal thread: only for listeners that never
         * block.
         */
        public Builder listenerExecutor(Executor listenerExecutor) {
            this.listenerExecutor = Objects.requireNonNull(listenerExecutor, "listenerExecutor");
            return this;
        }

        /** Validates the settings and builds an unconnected client. */
        public ChatClient build() {
            ChatClientConfig built = config.build();
            String name = "chat-client-" + CLIENTS.incrementAndGet();
            ExecutorScheduler scheduler = new ExecutorScheduler(name);
            JdkWebSocketTransport transport = new JdkWebSocketTransport(built.limits().maxPayloadBytes());
            ExecutorService ownExecutor = listenerExecutor == null
                    ? Executors.newSingleThreadExecutor(runnable -> {
                        Thread thread = new Thread(runnable, name + "-listener");
                        thread.setDaemon(true);
                        return thread;
                    })
                    : null;
            Executor executor = ownExecutor == null ? listenerExecutor : ownExecutor;
            ChatClient[] self = new ChatClient[1];
            Runnable onTerminated = () -> {
                // The session's last task: stop its thread and, after the last event, the listener thread.
                // (The transport's I/O threads are daemons that end on their own once idle.)
                scheduler.shutdown();
                if (ownExecutor != null) {
                    self[0].dispatcher.afterPending(ownExecutor::shutdown);
                }
            };
            self[0] = new ChatClient(built, transport, scheduler, executor,
                    () -> ThreadLocalRandom.current().nextDouble(), onTerminated, listeners);
            return self[0];
        }
    }

    /** For tests in this package: a client on a fake transport, scheduler and randomness. */
    static ChatClient create(ChatClientConfig config, WebSocketTransport transport, Scheduler scheduler,
                             Executor listenerExecutor, DoubleSupplier random) {
        return new ChatClient(config, transport, scheduler, listenerExecutor, random, scheduler::shutdown, List.of());
    }
}
