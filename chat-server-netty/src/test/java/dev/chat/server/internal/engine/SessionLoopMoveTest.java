package dev.chat.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import io.netty.channel.EventLoop;
import java.net.http.HttpClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After an upgrade the session lives on its WebSocket's event loop, and keeps working there. */
class SessionLoopMoveTest {

    private final BlockingQueue<EngineSocket> sockets = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> listenerThreads = new LinkedBlockingQueue<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS).onConnection(socket -> {
        socket.onMessage(text -> {
            listenerThreads.add(Thread.currentThread().getName());
            socket.send(text);
        });
        sockets.add(socket);
    });
    private NettyHost host;
    private Polling polling;
    private String wsBase;

    @BeforeEach
    void start() {
        host = NettyHost.builder().host("127.0.0.1").port(0).ioThreads(3).engineIo("/engine.io/", engine).build();
        int port = host.start().getPort();
        polling = new Polling(client, "http://127.0.0.1:" + port + "/engine.io/");
        wsBase = "ws://127.0.0.1:" + port + "/engine.io/?EIO=4&transport=websocket";
    }

    @AfterEach
    void stop() {
        host.stop();
    }

    @Test
    void theSessionMovesToTheWebSocketLoopOnUpgrade() throws Exception {
        int moved = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            ProbedUpgrade upgrade = ProbedUpgrade.open(engine, polling, sockets, wsBase);
            EngineSession session = upgrade.session();
            EventLoop before = upgrade.loopBefore();
            RecordingWebSocket ws = upgrade.ws();
            String sid = session.id();
            polling.get(polling.session(sid));
            ws.send("5");
            ws.send("4ping");
            ws.assertNextText("4ping");
            listenerThreads.poll(5, TimeUnit.SECONDS);

            EventLoop after = session.currentLoop();
            if (after != before) {
                moved++;
                // The listener now runs on the new loop, which is the WebSocket's.
                ws.send("4again");
                ws.assertNextText("4again");
                assertThat(listenerThreads.poll(5, TimeUnit.SECONDS)).isNotNull();
                assertThat(after.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS))
                        .isNotEqualTo(before.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS));
            }
            ws.abort();
        }
        assertThat(moved).as("sessions that changed event loop on upgrade").isPositive();
    }
}
