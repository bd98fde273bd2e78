package dev.chat.server.internal.chat;

import dev.chat.core.ChatConfig;
import dev.chat.core.ChatService;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.socketio.Namespace;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The chat as one application on a Socket.IO namespace: the auth middleware, the sink on rooms, the
 * {@link ChatService} and the per-socket event handlers, wired in one place.
 */
public final class ChatApplication {

    private final ChatService service;

    private ChatApplication(ChatService service) {
        this.service = service;
    }

    /**
     * Installs the chat on a namespace.
     *
     * @param namespace the namespace, usually {@code /}
     * @param store where conversations, messages and notifications live
     * @param policy who may open and join conversations
     * @param config chat-core's limits and timings
     * @param clock the time source
     * @param verifier the user token verifier
     * @param blocking runs token checks, and event handlers when the store is blocking
     *     ({@link ChatStore#isBlocking()}); with a non-blocking store the handlers run inline on
     *     each socket's event loop, which saves a thread hand-off per event and lets a broadcast's
     *     frames to sockets of that loop share one flush
     * @param timer the one timer for typing expiry
     * @return the installed application
     */
    public static ChatApplication install(Namespace namespace, ChatStore store, ConversationPolicy policy,
            ChatConfig config, Clock clock, TokenVerifier verifier, Executor blocking, ScheduledExecutorService timer) {
        RoomChatEventSink sink = new RoomChatEventSink(namespace);
        ChatService service = ChatService.builder()
                .store(store)
                .sink(sink)
                .policy(policy)
                .config(config)
                .clock(clock)
                .build();
        TypingExpiryScheduler typing = new TypingExpiryScheduler(service, TypingExpiryScheduler.Timer.of(timer), clock);
        ChatSocketHandlers handlers = new ChatSocketHandlers(service, typing, store.isBlocking());
        handlers.register(namespace);
        namespace.use(new ChatAuthMiddleware(verifier, blocking)).onConnection(handlers::onConnection);
        if (store.isBlocking()) {
            namespace.handlerExecutor(blocking);
        }
        return new ChatApplication(service);
    }

    /**
     * The chat service the sockets use.
     *
     * @return the service
     */
    public ChatService service() {
        return service;
    }
}
