package dev.chat.server.socketio;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.internal.socketio.SocketIoRuntime;
import java.time.Duration;
import java.util.Objects;

/**
 * A Socket.IO v5 server over Engine.IO v4. Mount it on a {@link dev.chat.server.host.NettyHost}
 * (at {@code /socket.io/} by default).
 *
 * <pre>{@code
 * SocketIoServer io = SocketIoServer.builder().build();
 * io.of("/").onConnection(socket ->
 *     socket.on("ping", (s, args, ack) -> ack.ifPresent(a -> a.ack(args.toArray(JsonNode[]::new)))));
 * NettyHost host = NettyHost.builder().port(3000).socketIo(io).build();
 * host.start();
 * }</pre>
 *
 * <p>The namespace {@code /} always exists; others exist once {@link #of(String)} has been called for
 * them. A client connecting to any other namespace gets CONNECT_ERROR {@code {"message":"Invalid namespace"}}.
 * An Engine.IO session that has not connected to a namespace within the connect timeout is closed.
 */
public final class SocketIoServer {

    private final EngineIoServer engine;
    private final Duration connectTimeout;
    private final SocketIoRuntime runtime;

    private SocketIoServer(Builder b) {
        this.engine = EngineIoServer.create(b.engineConfig);
        this.connectTimeout = b.connectTimeout;
        this.runtime = new SocketIoRuntime(b.adapterFactory, connectTimeout, b.connectSettleTime,
                b.engineConfig.maxPayload());
        engine.onConnection(runtime::onEngineConnection);
        runtime.namespace("/");
    }

    /**
     * A builder with the defaults: {@link EngineConfig#DEFAULTS}, a 45 s connect timeout and
     * {@link BroadcastAdapter#LOCAL}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The namespace with this name, created on first use.
     *
     * @param name the name, starting with {@code /}
     * @return the namespace
     * @throws IllegalArgumentException if the name does not start with {@code /}
     */
    public Namespace of(String name) {
        if (name == null || !name.startsWith("/")) {
            throw new IllegalArgumentException("namespace must start with '/': " + name);
        }
        return runtime.namespace(name);
    }

    /**
     * The Engine.IO server underneath, which the host mounts. Its connection handler belongs to this
     * server: do not replace it.
     *
     * @return the Engine.IO server
     */
    public EngineIoServer engine() {
        return engine;
    }

    /**
     * The Engine.IO settings.
     *
     * @return the settings
     */
    public EngineConfig engineConfig() {
        return engine.config();
    }

    /**
     * How long a new Engine.IO session may wait before connecting to a namespace.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Builds a {@link SocketIoServer}. */
    public static final class Builder {
        private EngineConfig engineConfig = EngineConfig.DEFAULTS;
        private Duration connectTimeout = Duration.ofMillis(45_000);
        private BroadcastAdapter.Factory adapterFactory = BroadcastAdapter.LOCAL;
        private Duration connectSettleTime = Duration.ZERO;

        private Builder() {
        }

        /**
         * Sets the Engine.IO settings.
         *
         * @param value the Engine.IO settings
         * @return this builder
         */
        public Builder engineConfig(EngineConfig value) {
            this.engineConfig = Objects.requireNonNull(value, "engineConfig");
            return this;
        }

        /**
         * Sets the connect timeout (default 45 s).
         *
         * @param value the connect timeout (default 45 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration value) {
            Objects.requireNonNull(value, "connectTimeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive: " + value);
            }
            this.connectTimeout = value;
            return this;
        }

        /**
         * How long after a client is sent its CONNECT packet the namespace's connection handlers start;
         * events arriving meanwhile wait, in order (default 0: right after the CONNECT packet is
         * flushed). The reference server of the official protocol test suites uses a few
         * milliseconds: the suites' client handles one frame per read and would miss an event written
         * together with the CONNECT packet.
         *
         * @param value the delay, zero or positive
         * @return this builder
         */
        public Builder connectSettleTime(Duration value) {
            Objects.requireNonNull(value, "connectSettleTime");
            if (value.isNegative()) {
                throw new IllegalArgumentException("connectSettleTime must not be negative: " + value);
            }
            this.connectSettleTime = value;
            return this;
        }

        /**
         * Sets what creates each namespace's adapter (default {@link BroadcastAdapter#LOCAL}).
         *
         * @param value creates each namespace's adapter (default {@link BroadcastAdapter#LOCAL})
         * @return this builder
         */
        public Builder adapter(BroadcastAdapter.Factory value) {
            this.adapterFactory = Objects.requireNonNull(value, "adapter");
            return this;
        }

        /**
         * Builds the server.
         *
         * @return the server
         */
        public SocketIoServer build() {
            return new SocketIoServer(this);
        }
    }
}
