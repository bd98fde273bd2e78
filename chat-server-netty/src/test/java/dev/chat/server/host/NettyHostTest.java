package dev.chat.server.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.http.HttpResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NettyHostTest {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private String get(InetSocketAddress address, String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> r.statusCode() + " " + r.body()).orTimeout(5, TimeUnit.SECONDS).join();
    }

    @Test
    void servesEndpointsOffTheEventLoopOnAFreePort() {
        BlockingQueue<String> threads = new LinkedBlockingQueue<>();
        NettyHost host = NettyHost.builder().host("127.0.0.1").port(0)
                .endpoint("/health", r -> {
                    threads.add(Thread.currentThread().getName());
                    return CompletableFuture.completedFuture(HttpResponse.json(200, "{\"status\":\"ok\"}"));
                })
                .build();
        InetSocketAddress address = host.start();
        try {
            assertThat(address.getPort()).isPositive();
            assertThat(host.address()).isEqualTo(address);
            assertThat(get(address, "/health")).isEqualTo("200 {\"status\":\"ok\"}");
            assertThat(threads.poll()).startsWith("chat-blocking-");
            assertThat(get(address, "/socket.io/?EIO=4&transport=polling")).startsWith("404 ");
            assertThatThrownBy(host::start).isInstanceOf(IllegalStateException.class)
                    .hasMessage("NettyHost already started");
        } finally {
            host.stop();
        }
    }

    @Test
    void stopClosesEverySessionWithTheShutdownReason() throws Exception {
        BlockingQueue<String> reasons = new LinkedBlockingQueue<>();
        EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS)
                .onConnection(s -> s.onClose(reasons::add));
        NettyHost host = NettyHost.builder().host("127.0.0.1").port(0).engineIo("/engine.io", engine).build();
        InetSocketAddress address = host.start();

        assertThat(get(address, "/engine.io/?EIO=4&transport=polling")).startsWith("200 0{");
        assertThat(engine.sessionCount()).isEqualTo(1);
        host.stop();

        assertThat(reasons.poll(5, TimeUnit.SECONDS)).isEqualTo("server shutting down");
        assertThat(engine.sessionCount()).isZero();
        host.stop();
    }

    @Test
    void theNioTransportServesToo() {
        EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS);
        NettyHost host = NettyHost.builder().host("127.0.0.1").port(0).nativeTransport(false).ioThreads(1)
                .engineIo("/engine.io/", engine).build();
        InetSocketAddress address = host.start();
        try {
            assertThat(get(address, "/engine.io/?EIO=4&transport=polling")).startsWith("200 0{");
        } finally {
            host.stop();
        }
    }

    @Test
    void aTakenPortFailsToStartWithAClearMessage() {
        NettyHost first = NettyHost.builder().host("127.0.0.1").port(0).build();
        InetSocketAddress address = first.start();
        try {
            NettyHost second = NettyHost.builder().host("127.0.0.1").port(address.getPort()).build();
            assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot bind 127.0.0.1:" + address.getPort());
        } finally {
            first.stop();
        }
    }

    @Test
    void builderRejectsBadValues() {
        assertThatThrownBy(() -> NettyHost.builder().port(70000)).hasMessage("port must be between 0 and 65535: 70000");
        assertThatThrownBy(() -> NettyHost.builder().endpoint("api", r -> null)).hasMessage("prefix must start with '/': api");
        EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS);
        assertThatThrownBy(() -> NettyHost.builder().engineIo("/e/", engine).engineIo("/e", engine))
                .hasMessage("path already mounted: /e/");
    }
}
