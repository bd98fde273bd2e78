package dev.chat.examples.conformance;

import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.Polling;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The two conformance servers the conformance tests talk to, each on a free port of 127.0.0.1, and
 * one HTTP/1.1 client for both. The relaxed server has the official settings but slow heartbeats,
 * for tests that do not check timing; the strict server has the official settings (300 ms pings,
 * 200 ms timeout, 1 s connect timeout).
 */
final class ConformanceServers implements AutoCloseable {

    private final NettyHost server;
    private final NettyHost strictServer;
    private final HttpClient client;
    private final Polling polling;
    private final String wsBase;
    private final Polling strictPolling;
    private final String strictWsBase;

    /** Starts both servers; {@code path} is the Engine.IO path the tests use, e.g. {@code "/engine.io/"}. */
    static ConformanceServers start(String path) {
        return new ConformanceServers(path);
    }

    private ConformanceServers(String path) {
        server = ConformanceServer.create("127.0.0.1", 0, ConformanceServer.ENGINE_CONFIG.toBuilder()
                .pingInterval(Duration.ofSeconds(25)).pingTimeout(Duration.ofSeconds(20)).build(),
                Duration.ofSeconds(45));
        strictServer = ConformanceServer.create("127.0.0.1", 0);
        int port = server.start().getPort();
        int strictPort = strictServer.start().getPort();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        polling = new Polling(client, "http://127.0.0.1:" + port + path);
        wsBase = "ws://127.0.0.1:" + port + path;
        strictPolling = new Polling(client, "http://127.0.0.1:" + strictPort + path);
        strictWsBase = "ws://127.0.0.1:" + strictPort + path;
    }

    HttpClient client() {
        return client;
    }

    /** @return polling requests to the relaxed server */
    Polling polling() {
        return polling;
    }

    /** @return the relaxed server's WebSocket URL, without a query */
    String wsBase() {
        return wsBase;
    }

    /** @return polling requests to the strict server */
    Polling strictPolling() {
        return strictPolling;
    }

    /** @return the strict server's WebSocket URL, without a query */
    String strictWsBase() {
        return strictWsBase;
    }

    @Override
    public void close() {
        server.stop();
        strictServer.stop();
    }
}
