package dev.chat.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.host.NettyHost;
import dev.chat.server.socketio.SocketIoServer;
import dev.chat.server.socketio.SocketIoSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Behaves exactly as the reference server described in the READMEs of socketio/engine.io-protocol and
 * socketio/socket.io-protocol, so that their test suites can run against this host:
 *
 * <ul>
 *   <li>{@code /engine.io/}: raw Engine.IO sessions echoing every message (text as text, binary as
 *       binary);
 *   <li>{@code /socket.io/}: namespaces {@code /} and {@code /custom} (any other gets CONNECT_ERROR
 *       {@code {"message":"Invalid namespace"}}); on connection each emits {@code auth} with the
 *       client's CONNECT payload; on {@code /}, {@code message} emits {@code message-back} with the same
 *       arguments and {@code message-with-ack} acks with them;
 *   <li>{@code pingInterval} 300 ms, {@code pingTimeout} 200 ms, {@code maxPayload} 1,000,000 bytes,
 *       connect timeout 1000 ms, CORS for any origin.
 * </ul>
 *
 * <p>Run with {@code PORT=3000 java -jar chat-examples/target/conformance-server.jar} ({@code HOST}
 * defaults to {@code 127.0.0.1}, {@code IO_THREADS} to 1).
 */
public final class ConformanceServer {

    /** The Engine.IO settings the suites expect. */
    public static final EngineConfig ENGINE_CONFIG = EngineConfig.builder()
            .pingInterval(Duration.ofMillis(300))
            .pingTimeout(Duration.ofMillis(200))
            .maxPayload(1_000_000)
            .allowedOrigins(List.of("*"))
            .build();

    /** The connect timeout the Socket.IO suite expects. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1000);

    /**
     * The pause between a CONNECT packet and what the connection handler sends (the {@code auth}
     * event): the suites' client reads one frame at a time and would miss {@code auth} if both
     * arrived in one read.
     */
    public static final Duration CONNECT_SETTLE_TIME = Duration.ofMillis(20);

    private ConformanceServer() {
    }

    /**
     * Builds the conformance host (not started).
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @return the host
     */
    public static NettyHost create(String host, int port) {
        return create(host, port, ENGINE_CONFIG, CONNECT_TIMEOUT);
    }

    /**
     * Builds the conformance host with other timings (tests use slower heartbeats where timing is not
     * what they check, so that a loaded machine cannot fail them).
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @param engineConfig the Engine.IO settings of both paths
     * @param connectTimeout the Socket.IO connect timeout
     * @return the host
     */
    public static NettyHost create(String host, int port, EngineConfig engineConfig, Duration connectTimeout) {
        return create(host, port, engineConfig, connectTimeout, 1);
    }

    /**
     * Builds the conformance host with a given number of I/O threads. The official suites need one,
     * like the Node reference: their timing-based cases send requests 5 ms apart and assume they are
     * handled in that order. More threads serve other clients (the official socket.io-client, for one).
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @param engineConfig the Engine.IO settings of both paths
     * @param connectTimeout the Socket.IO connect timeout
     * @param ioThreads the number of I/O threads
     * @return the host
     */
    public static NettyHost create(String host, int port, EngineConfig engineConfig, Duration connectTimeout,
            int ioThreads) {
        return NettyHost.builder()
                .host(host)
                .port(port)
                .ioThreads(ioThreads)
                .engineIo("/engine.io/", echoServer(engineConfig))
                .socketIo("/socket.io/", socketIoServer(engineConfig, connectTimeout))
                .build();
    }

    private static EngineIoServer echoServer(EngineConfig engineConfig) {
        return EngineIoServer.create(engineConfig).onConnection(socket -> socket.onMessage(
                new EngineSocket.MessageListener() {
                    @Override
                    public void onText(String text) {
                        socket.send(text);
                    }

                    @Override
                    public void onBinary(byte[] data) {
                        socket.send(data);
                    }
                }));
    }

    private static SocketIoServer socketIoServer(EngineConfig engineConfig, Duration connectTimeout) {
        SocketIoServer io = SocketIoServer.builder()
                .engineConfig(engineConfig)
                .connectTimeout(connectTimeout)
                .connectSettleTime(CONNECT_SETTLE_TIME)
                .build();
        io.of("/").onConnection(socket -> {
            emitAuth(socket);
            socket.on("message", (s, args, ack) -> s.emit("message-back", args.toArray(JsonNode[]::new)));
            socket.on("message-with-ack", (s, args, ack) -> ack.ifPresent(a -> a.ack(args.toArray(JsonNode[]::new))));
        });
        io.of("/custom").onConnection(ConformanceServer::emitAuth);
        return io;
    }

    private static void emitAuth(SocketIoSocket socket) {
        socket.emit("auth", socket.handshake().auth());
    }

    /**
     * Starts the server on {@code PORT} (default 3000) and {@code HOST} (default 127.0.0.1) until the
     * process is stopped.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        int ioThreads = Integer.parseInt(System.getenv().getOrDefault("IO_THREADS", "1"));
        NettyHost server = create(host, port, ENGINE_CONFIG, CONNECT_TIMEOUT, ioThreads);
        InetSocketAddress address = server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "conformance-shutdown"));
        System.out.println("conformance server listening on " + address.getHostString() + ":" + address.getPort());
    }
}
