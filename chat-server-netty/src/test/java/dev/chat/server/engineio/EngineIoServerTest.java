package dev.chat.server.engineio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw Engine.IO sessions on a real port: limits, upgrade timeout, origins, server-side sends and close. */
class EngineIoServerTest {

    private final BlockingQueue<EngineSocket> sockets = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> closes = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private NettyHost host;
    private Polling polling;
    private String wsBase;

    @BeforeEach
    void start() {
        EngineIoServer engine = EngineIoServer.create(EngineConfig.builder()
                        .upgradeTimeout(Duration.ofMillis(200))
                        .maxOutboundQueueBytes(10_000)
                        .allowedOrigins(List.of("https://app.example"))
                        .build())
                .onConnection(socket -> {
                    socket.onMessage(socket::send);
                    socket.onClose(closes::add);
                    sockets.add(socket);
                });
        host = NettyHost.builder().host("127.0.0.1").port(0).engineIo("/engine.io/", engine).build();
        InetSocketAddress address = host.start();
        polling = new Polling(client, "http://127.0.0.1:" + address.getPort() + "/engine.io/");
        wsBase = "ws://127.0.0.1:" + address.getPort() + "/engine.io/?EIO=4&transport=websocket";
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        T value = queue.poll(5, TimeUnit.SECONDS);
        assertThat(value).as("nothing within 5 s").isNotNull();
        return value;
    }

    @Test
    void aPollingSessionOverItsOutboundQueueLimitIsClosed() throws Exception {
        String sid = polling.open();
        EngineSocket socket = take(sockets);

        for (int i = 0; i < 11; i++) {
            socket.send("x".repeat(1000));
        }

        assertThat(take(closes)).isEqualTo("transport error");
        assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
    }

    @Test
    void aWebSocketPeerThatStopsReadingIsDroppedAsASlowConsumer() throws Exception {
        // This listener never asks for messages, so the JDK client stops reading from the socket.
        client.newWebSocketBuilder().buildAsync(URI.create(wsBase), new java.net.http.WebSocket.Listener() { })
                .orTimeout(5, TimeUnit.SECONDS).join();
        EngineSocket socket = take(sockets);
        String chunk = "x".repeat(100_000);

        for (int i = 0; i < 500 && socket.isOpen(); i++) {
            socket.send(chunk);
        }

        assertThat(take(closes)).isEqualTo("transport error");
    }

    @Test
    void anUnfinishedUpgradeTimesOutAndTheSessionKeepsPolling() throws Exception {
        String sid = polling.open();
        RecordingWebSocket probe = RecordingWebSocket.connect(client, URI.create(wsBase + "&sid=" + sid));
        probe.send("2probe");
        probe.assertNextText("3probe");

        probe.awaitClosed();

        polling.post(polling.session(sid), "4still polling");
        assertThat(polling.get(polling.session(sid)).body()).isEqualTo("4still polling");
    }

    @Test
    void serverSendsAndClosesAreDelivered() throws Exception {
        String sid = polling.open();
        EngineSocket socket = take(sockets);
        assertThat(socket.id()).isEqualTo(sid);
        assertThat(socket.transport()).isEqualTo(EngineTransport.POLLING);

        socket.send("hello");
        socket.send(new byte[] {1, 2});
        assertThat(polling.get(polling.session(sid)).body()).isEqualTo("4hello\u001ebAQI=");
        socket.close();

        assertThat(take(closes)).isEqualTo("forced close");
        assertThat(socket.isOpen()).isFalse();
        assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
    }

    @Test
    void webSocketUpgradesFromAForeignOriginAreRefused() {
        assertThatThrownBy(() -> client.newWebSocketBuilder().header("Origin", "https://evil.example")
                        .buildAsync(URI.create(wsBase), new java.net.http.WebSocket.Listener() { })
                        .orTimeout(5, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class)
                .rootCause().hasMessageContaining("403");

        RecordingWebSocket allowed = RecordingWebSocket.connect(client, URI.create(wsBase));
        assertThat(allowed.nextText()).startsWith("0{");
        allowed.abort();
    }

    @Test
    void pollingFromAnAllowedOriginGetsCorsHeaders() {
        var response = polling.send(HttpRequest.newBuilder(polling.uri("EIO=4&transport=polling"))
                .header("Origin", "https://app.example").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("access-control-allow-origin")).hasValue("https://app.example");
        assertThat(response.headers().firstValue("access-control-allow-credentials")).hasValue("true");
    }
}
