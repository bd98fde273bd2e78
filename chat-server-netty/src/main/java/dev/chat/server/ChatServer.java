package dev.chat.server;

import dev.chat.core.ChatConfig;
import dev.chat.core.ChatService;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.server.auth.JwtTokenVerifier;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.host.NettyHost;
import dev.chat.server.http.HttpEndpoint;
import dev.chat.server.internal.api.ChatApiEndpoint;
import dev.chat.server.internal.api.HealthEndpoint;
import dev.chat.server.internal.chat.ChatApplication;
import dev.chat.server.socketio.SocketIoServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The chat server: the seed's Socket.IO API on namespace {@code /} and the HTTP API on one port.
 *
 * <pre>{@code
 * ChatServer server = ChatServer.builder(ChatServerConfig.builder()
 *         .port(8000)
 *         .jwt(JwtConfig.builder().hmacSecret(secret).build())
 *         .adminToken(adminToken)
 *         .build())
 *     .store(myStore)                       // optional: default in memory
 *     .socketIo(io -> io.of("/game").onConnection(s -> ...))   // optional: your own namespaces
 *     .build();
 * server.start();
 * server.chat().openConversation(UserId.of(456), UserId.of(789));
 * server.stop();
 * }</pre>
 *
 * <p>{@link #chat()} is the same {@link ChatService} the sockets use: what the host application does
 * through it (open conversations, publish notifications) reaches connected clients. Lifecycle:
 * {@link #start()} once, then {@link #stop()}; both are thread-safe.
 */
public final class ChatServer implements AutoCloseable {

    private enum State { NEW, STARTED, STOPPED }

    private final ChatServerConfig config;
    private final SocketIoServer socketIo;
    private final ChatService chat;
    private final NettyHost host;
    private final ExecutorService blocking;
    private final ScheduledExecutorService timer;
    private State state = State.NEW;

    private ChatServer(Builder b) {
        this.config = b.config;
        TokenVerifier verifier = b.tokenVerifier != null ? b.tokenVerifier : JwtTokenVerifier.create(b.config.jwt(), b.clock);
        EngineConfig engine = (b.engineConfig != null ? b.engineConfig.toBuilder() : EngineConfig.builder())
                .allowedOrigins(b.config.corsOrigins())
                .build();
        this.socketIo = SocketIoServer.builder().engineConfig(engine).build();
        this.blocking = Executors.newFixedThreadPool(b.workerThreads, daemonThreads("chat-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("chat-timer-"));
        ChatStore store = b.store != null ? b.store : new InMemoryChatStore();
        this.chat = ChatApplication.install(socketIo.of("/"), store, b.policy, b.chatConfig, b.clock, verifier,
                blocking, timer).service();
        b.socketIoCustomizers.forEach(c -> c.accept(socketIo));
        NettyHost.Builder host = NettyHost.builder()
                .host(b.config.host())
                .port(b.config.port())
                .socketIo(b.config.path(), socketIo)
                .blockingExecutor(blocking)
                .endpoint("/api/", new ChatApiEndpoint(chat, verifier, b.config.adminToken()))
                .endpoint("/health", new HealthEndpoint());
        b.endpoints.forEach(host::endpoint);
        this.host = host.build();
    }

    /**
     * A builder for a server with this configuration.
     *
     * @param config where to listen and how to authenticate
     * @return the builder
     */
    public static Builder builder(ChatServerConfig config) {
        return new Builder(config);
    }

    /**
     * Binds the port and starts serving.
     *
     * @return the bound address (with the actual port when the configured port is 0)
     * @throws IllegalStateException when already started or stopped, or the port cannot be bound
     */
    public synchronized InetSocketAddress start() {
        if (state != State.NEW) {
            throw new IllegalStateException("ChatServer can be started once; it is " + state);
        }
        state = State.STARTED;
        try {
            return host.start();
        } catch (RuntimeException e) {
            stop(Duration.ZERO);
            throw e;
        }
    }

    /**
     * The bound address.
     *
     * @return the address, or {@code null} before {@link #start()}
     */
    public InetSocketAddress address() {
        return host.address();
    }

    /** Closes every connection and releases the threads; waits up to 2 seconds. Idempotent. */
    public void stop() {
        stop(Duration.ofSeconds(2));
    }

    /**
     * Closes every connection and releases the threads. Idempotent.
     *
     * @param drain the most time to wait for in-flight work
     */
    public synchronized void stop(Duration drain) {
        if (state == State.STOPPED) {
            return;
        }
        state = State.STOPPED;
        host.stop(drain);
        timer.shutdownNow();
        blocking.shutdown();
        try {
            if (!blocking.awaitTermination(Math.max(1, drain.toMillis()), TimeUnit.MILLISECONDS)) {
                blocking.shutdownNow();
            }
        } catch (InterruptedException e) {
            blocking.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * The chat service, for the host application's own calls; events it emits reach connected clients.
     *
     * @return the service
     */
    public ChatService chat() {
        return chat;
    }

    /**
     * The Socket.IO server, for namespaces of the host application's own (the chat is on {@code /}).
     *
     * @return the server
     */
    public SocketIoServer socketIo() {
        return socketIo;
    }

    /**
     * The configuration the server was built with.
     *
     * @return the config
     */
    public ChatServerConfig config() {
        return config;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Builds a {@link ChatServer}. Only the config is required. */
    public static final class Builder {
        private final ChatServerConfig config;
        private ChatStore store;
        private ConversationPolicy policy = ConversationPolicy.PARTICIPANTS_ONLY;
        private TokenVerifier tokenVerifier;
        private ChatConfig chatConfig = ChatConfig.DEFAULTS;
        private EngineConfig engineConfig;
        private Clock clock = Clock.systemUTC();
        private int workerThreads = 16;
        private final List<Consumer<SocketIoServer>> socketIoCustomizers = new ArrayList<>();
        private final Map<String, HttpEndpoint> endpoints = new LinkedHashMap<>();

        private Builder(ChatServerConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /**
         * Where conversations, messages and notifications live (default: in memory, lost on stop).
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(ChatStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Who may open and join conversations (default: anyone may open; participants join).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(ConversationPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Verifies user tokens instead of the JWT verifier built from {@link ChatServerConfig#jwt()}.
         *
         * @param verifier the verifier
         * @return this builder
         */
        public Builder tokenVerifier(TokenVerifier verifier) {
            this.tokenVerifier = Objects.requireNonNull(verifier, "tokenVerifier");
            return this;
        }

        /**
         * chat-core's limits and timings (content length, typing timeout, page sizes).
         *
         * @param chatConfig the config
         * @return this builder
         */
        public Builder chatConfig(ChatConfig chatConfig) {
            this.chatConfig = Objects.requireNonNull(chatConfig, "chatConfig");
            return this;
        }

        /**
         * Engine.IO settings (ping interval and timeout, max payload, transports); the allowed
         * origins always come from {@link ChatServerConfig#corsOrigins()}.
         *
         * @param engineConfig the settings
         * @return this builder
         */
        public Builder engineConfig(EngineConfig engineConfig) {
            this.engineConfig = Objects.requireNonNull(engineConfig, "engineConfig");
            return this;
        }

        /**
         * The time source for token expiry, message times and typing expiry (default UTC system clock).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Threads that run event handlers, token checks and HTTP endpoints (default 16).
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder workerThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("workerThreads must be at least 1, was " + threads);
            }
            this.workerThreads = threads;
            return this;
        }

        /**
         * Registers the host application's own namespaces and events on the Socket.IO server.
         *
         * @param customizer called once while the server is built
         * @return this builder
         */
        public Builder socketIo(Consumer<SocketIoServer> customizer) {
            socketIoCustomizers.add(Objects.requireNonNull(customizer, "customizer"));
            return this;
        }

        /**
         * Adds an HTTP endpoint of the host application under a path prefix (not {@code /api/} or
         * {@code /health}, which the chat serves).
         *
         * @param prefix such as {@code /admin/}
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpoint(String prefix, HttpEndpoint endpoint) {
            Objects.requireNonNull(prefix, "prefix");
            if (prefix.equals("/api/") || prefix.startsWith("/health")) {
                throw new IllegalArgumentException("prefix " + prefix + " is served by the chat");
            }
            endpoints.put(prefix, Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Builds the server without binding the port.
         *
         * @return the server
         * @throws IllegalArgumentException when neither {@link ChatServerConfig#jwt()} nor a
         *     {@link #tokenVerifier(TokenVerifier)} is given, or the JWT key cannot be read
         */
        public ChatServer build() {
            if (tokenVerifier == null && config.jwt() == null) {
                throw new IllegalArgumentException(
                        "jwt: set ChatServerConfig.jwt (CHAT_JWT_SECRET or CHAT_JWT_PUBLIC_KEY) or a tokenVerifier");
            }
            return new ChatServer(this);
        }
    }
}
