package dev.chat.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Events the server emits without pause, from another thread, while a client upgrades from polling to
 * WebSocket: every one arrives, once, in order, across the GET responses and the WebSocket.
 */
class UpgradeOrderingTest {

    private static final int COUNT = 2000;
    private static final Pattern EVENT = Pattern.compile("42\\[\"n\",(\\d+)]");

    private final BlockingQueue<SocketIoSocket> connected = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Integer> received = new ArrayList<>();
    private NettyHost host;
    private Polling polling;
    private String wsBase;

    @BeforeEach
    void start() {
        SocketIoServer io = SocketIoServer.builder()
                .engineConfig(EngineConfig.builder().pingInterval(Duration.ofSeconds(20)).build())
                .build();
        io.of("/").onConnection(connected::add);
        host = NettyHost.builder().host("127.0.0.1").port(0).ioThreads(3).socketIo(io).build();
        int port = host.start().getPort();
        polling = new Polling(client, "http://127.0.0.1:" + port + "/socket.io/");
        wsBase = "ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket";
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    private void collect(String payloadOrFrame) {
        for (String packet : payloadOrFrame.split("\u001e")) {
            Matcher m = EVENT.matcher(packet);
            if (m.matches()) {
                received.add(Integer.parseInt(m.group(1)));
            }
        }
    }

    @RepeatedTest(3)
    void noEventIsLostOrReorderedAcrossTheUpgrade() throws Exception {
        String sid = polling.open();
        polling.post(polling.session(sid), "40");
        assertThat(polling.get(polling.session(sid)).body()).startsWith("40{\"sid\":");
        SocketIoSocket socket = connected.poll(5, TimeUnit.SECONDS);
        assertThat(socket).isNotNull();

        CompletableFuture<Void> emitter = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < COUNT; i++) {
                socket.emit("n", IntNode.valueOf(i));
            }
        });
        collect(polling.get(polling.session(sid)).body());

        // Its own client, so the WebSocket gets a new connection, usually on another event loop: the
        // session then moves there while events keep coming from the emitting thread.
        RecordingWebSocket ws = RecordingWebSocket.connect(HttpClient.newHttpClient(), URI.create(wsBase + "&sid=" + sid));
        ws.send("2probe");
        ws.assertNextText("3probe");
        // The client pauses polling: one last GET returns what is queued, or a noop.
        collect(polling.get(polling.session(sid)).body());
        ws.send("5");

        while (received.isEmpty() || received.get(received.size() - 1) < COUNT - 1) {
            collect(ws.nextText());
        }
        emitter.get(5, TimeUnit.SECONDS);

        assertThat(received).hasSize(COUNT);
        for (int i = 0; i < COUNT; i++) {
            assertThat(received.get(i)).as("event at position %d", i).isEqualTo(i);
        }
        ws.abort();
    }
}
