package dev.chat.server.host;

import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.http.HttpEndpoint;
import dev.chat.server.internal.engine.EngineAccess;
import dev.chat.server.internal.engine.EngineSessions;
import dev.chat.server.internal.netty.EndpointMount;
import dev.chat.server.internal.netty.EngineMount;
import dev.chat.server.internal.netty.HostInitializer;
import dev.chat.server.internal.netty.HostRoutes;
import dev.chat.server.internal.netty.LeakDetection;
import dev.chat.server.socketio.SocketIoServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One port serving Engine.IO / Socket.IO servers on their paths and application
 * {@link HttpEndpoint}s by path prefix, on Netty (epoll when available, NIO otherwise).
 *
 * <pre>{@code
 * NettyHost host = NettyHost.builder()
 *     .host("127.0.0.1").port(0)
 *     .socketIo(io)                                   // at /socket.io/
 *     .endpoint("/api/", request -> ...)
 *     .build();
 * InetSocketAddress bound = host.start();
 * ...
 * host.stop();
 * }</pre>
 *
 * <p>Requests to an Engine.IO path are answered by its server; every other request goes to the
 * endpoint registered for the longest matching prefix, or gets 404
 * {@code {"error":{"code":"NOT_FOUND","message":"Not found."}}}. Endpoints run on the blocking
 * executor. {@link #start()} and {@link #stop()} may be called once each.
 */
public final class NettyHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NettyHost.class);
    private static final io.netty.channel.AdaptiveRecvByteBufAllocator RECV_ALLOCATOR =
            new io.netty.channel.AdaptiveRecvByteBufAllocator();

    private enum State { NEW, STARTED, STOPPED }

    private final Settings config;
    private final List<EngineSessions> engines;
    private State state = State.NEW;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private ExecutorService ownedExecutor;
    private Channel serverChannel;
    private InetSocketAddress address;

    /** A snapshot of the builder, so that later builder changes do not affect a built host. */
    private record Settings(String host, int port, List<EngineMount> engines, List<EndpointMount> endpoints,
            java.util.concurrent.Executor blockingExecutor, int blockingThreads, int ioThreads,
            boolean nativeTransport, int maxRequestBytes) {
    }

    private NettyHost(Builder b) {
        this.config = new Settings(b.host, b.port, List.copyOf(b.engines), List.copyOf(b.endpoints),
                b.blockingExecutor, b.blockingThreads, b.ioThreads, b.nativeTransport, b.maxRequestBytes);
        this.engines = config.engines().stream().map(EngineMount::sessions).toList();
    }

    /**
     * A builder: host {@code 0.0.0.0}, port 8000, no mounts.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving.
     *
     * @return the bound address (with the chosen port when the configured port is 0)
     * @throws IllegalStateException if already started, or if the port cannot be bound
     */
    public synchronized InetSocketAddress start() {
        if (state != State.NEW) {
            throw new IllegalStateException("NettyHost already started");
        }
        LeakDetection.applyDefault();
        boolean epoll = config.nativeTransport() && Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        bossGroup = new MultiThreadIoEventLoopGroup(1, io);
        workerGroup = new MultiThreadIoEventLoopGroup(
                config.ioThreads() > 0 ? config.ioThreads() : Runtime.getRuntime().availableProcessors(), io);
        java.util.concurrent.Executor executor = config.blockingExecutor();
        if (executor == null) {
            ownedExecutor = Executors.newFixedThreadPool(config.blockingThreads(), daemonThreads("chat-blocking-"));
            executor = ownedExecutor;
        }
        int maxRequestBytes = (int) Math.min(Integer.MAX_VALUE, Math.max(config.maxRequestBytes(),
                config.engines().stream().mapToLong(m -> m.sessions().config().maxPayload()).max().orElse(0)));
        HostRoutes routes = new HostRoutes(config.engines(), config.endpoints(), executor, maxRequestBytes);
        state = State.STARTED;
        try {
            serverChannel = new ServerBootstrap()
                    .group(bossGroup, workerGroup)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    // One allocator for every connection: the transport's default config makes one per
                    // channel (its per-connection state is in the handle, not the allocator).
                    .childOption(ChannelOption.RCVBUF_ALLOCATOR, RECV_ALLOCATOR)
                    .childHandler(new HostInitializer(routes))
                    .bind(config.host(), config.port())
                    .sync()
                    .channel();
        } catch (Exception e) {
            stop(Duration.ZERO);
            throw new IllegalStateException("cannot bind " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        address = (InetSocketAddress) serverChannel.localAddress();
        LOG.info("listening on {} ({})", address, epoll ? "epoll" : "nio");
        return address;
    }

    /**
     * The bound address.
     *
     * @return the address, or null before {@link #start()}
     */
    public synchronized InetSocketAddress address() {
        return address;
    }

    /** Closes every session (reason {@code "server shutting down"}) and releases the threads. */
    public void stop() {
        stop(Duration.ofSeconds(2));
    }

    /**
     * Stops the host: stops accepting, closes every session, and waits up to {@code drain} for the
     * event loops to finish their work. (A graceful drain of sessions will use the same signature.)
     * Call it from an application thread, not from a handler running on the host's event loops.
     *
     * @param drain the most time to wait for the threads to end
     */
    public synchronized void stop(Duration drain) {
        if (state == State.STOPPED) {
            return;
        }
        if (workerGroup != null) {
            for (io.netty.util.concurrent.EventExecutor loop : workerGroup) {
                if (loop.inEventLoop()) {
                    throw new IllegalStateException("NettyHost.stop() must not be called from one of its event loops");
                }
            }
        }
        state = State.STOPPED;
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        for (EngineSessions sessions : engines) {
            sessions.closeAll("server shutting down");
        }
        long millis = Math.max(0, drain.toMillis());
        if (workerGroup != null) {
            // The closes run as tasks on the loops: let them run (and send their close frames) before
            // the loops stop taking tasks, which would reject the timers and listeners they set.
            for (io.netty.util.concurrent.EventExecutor loop : workerGroup) {
                loop.submit(() -> { }).awaitUninterruptibly(Math.max(millis, 1));
            }
        }
        if (workerGroup != null) {
            workerGroup.shutdownGracefully(0, Math.max(millis, 1), TimeUnit.MILLISECONDS).awaitUninterruptibly(millis + 1000);
        }
        if (bossGroup != null) {
            bossGroup.shutdownGracefully(0, Math.max(millis, 1), TimeUnit.MILLISECONDS).awaitUninterruptibly(millis + 1000);
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
        LOG.info("stopped");
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Builds a {@link NettyHost}. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = 8000;
        private final List<EngineMount> engines = new ArrayList<>();
        private final List<EndpointMount> endpoints = new ArrayList<>();
        private java.util.concurrent.Executor blockingExecutor;
        private int blockingThreads = 16;
        private int ioThreads = 0;
        private boolean nativeTransport = true;
        private int maxRequestBytes = 1_000_000;

        private Builder() {
        }

        /**
         * Sets the address to bind (default {@code 0.0.0.0}).
         *
         * @param value the address to bind (default {@code 0.0.0.0})
         * @return this builder
         */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /**
         * Sets the port, 0 for a free one (default 8000).
         *
         * @param value the port, 0 for a free one (default 8000)
         * @return this builder
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + value);
            }
            this.port = value;
            return this;
        }

        /**
         * Mounts a Socket.IO server at {@code /socket.io/}.
         *
         * @param server the Socket.IO server, mounted at {@code /socket.io/}
         * @return this builder
         */
        public Builder socketIo(SocketIoServer server) {
            return socketIo("/socket.io/", server);
        }

        /**
         * Mounts a Socket.IO server at a path.
         *
         * @param path the path, such as {@code /socket.io/} (a trailing slash is added if missing)
         * @param server the Socket.IO server
         * @return this builder
         */
        public Builder socketIo(String path, SocketIoServer server) {
            return engineIo(path, server.engine());
        }

        /**
         * Mounts a raw Engine.IO server at a path.
         *
         * @param path the path, such as {@code /engine.io/} (a trailing slash is added if missing)
         * @param server the Engine.IO server
         * @return this builder
         */
        public Builder engineIo(String path, EngineIoServer server) {
            String p = path.endsWith("/") ? path : path + "/";
            if (engines.stream().anyMatch(m -> m.path().equals(p))) {
                throw new IllegalArgumentException("path already mounted: " + p);
            }
            engines.add(new EngineMount(p, EngineAccess.sessions(server)));
            return this;
        }

        /**
         * Routes the requests under a path prefix to an endpoint.
         *
         * @param prefix the path prefix, such as {@code /api/} or {@code /health}
         * @param endpoint the endpoint for requests under it
         * @return this builder
         */
        public Builder endpoint(String prefix, HttpEndpoint endpoint) {
            endpoints.add(new EndpointMount(prefix, Objects.requireNonNull(endpoint, "endpoint")));
            return this;
        }

        /**
         * Sets the executor that runs endpoints.
         *
         * @param value the executor that runs endpoints (default: a pool of 16 daemon threads owned and
         *     shut down by the host)
         * @return this builder
         */
        public Builder blockingExecutor(java.util.concurrent.Executor value) {
            this.blockingExecutor = Objects.requireNonNull(value, "blockingExecutor");
            return this;
        }

        /**
         * Sets the number of I/O threads, 0 for the default: one per available core. Handlers of a
         * non-blocking application run on these threads, so more threads than cores would only
         * add hand-offs between them.
         *
         * @param value the number of I/O threads, 0 for one per available core
         * @return this builder
         */
        public Builder ioThreads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("ioThreads must not be negative: " + value);
            }
            this.ioThreads = value;
            return this;
        }

        /**
         * Sets whether to use epoll when available (default true).
         *
         * @param value whether to use epoll when available (default true)
         * @return this builder
         */
        public Builder nativeTransport(boolean value) {
            this.nativeTransport = value;
            return this;
        }

        /**
         * Sets the largest request body for endpoints, in bytes (default 1,000,000).
         *
         * @param value the largest request body for endpoints, in bytes (default 1,000,000)
         * @return this builder
         */
        public Builder maxRequestBytes(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxRequestBytes must be positive: " + value);
            }
            this.maxRequestBytes = value;
            return this;
        }

        /**
         * Builds the host (not started).
         *
         * @return the host
         */
        public NettyHost build() {
            return new NettyHost(this);
        }
    }
}
