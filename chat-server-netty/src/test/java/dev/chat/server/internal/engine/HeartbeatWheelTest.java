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
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatWheelTest {

    @Test
    void theTickDividesBothDelaysWithinItsBounds() {
        assertThat(HeartbeatWheel.tickMillis(25_000, 20_000)).isEqualTo(250);
        assertThat(HeartbeatWheel.tickMillis(1_000, 500)).isEqualTo(25);
        assertThat(HeartbeatWheel.tickMillis(300, 200)).isEqualTo(10);
        assertThat(HeartbeatWheel.tickMillis(100, 100)).isEqualTo(10);
        assertThat(HeartbeatWheel.tickMillis(120_000, 60_000)).isEqualTo(250);
    }

    /**
     * A session upgraded onto another event loop leaves its old loop's wheel for the new one's: it
     * goes on being pinged there, and times out there when the pongs stop.
     */
    @Test
    void theHeartbeatFollowsTheSessionToItsNewLoop() throws Exception {
        BlockingQueue<EngineSocket> sockets = new LinkedBlockingQueue<>();
        BlockingQueue<String> closeReasons = new LinkedBlockingQueue<>();
        EngineConfig config = EngineConfig.builder()
                .pingInterval(Duration.ofMillis(150)).pingTimeout(Duration.ofMillis(150)).build();
        EngineIoServer engine = EngineIoServer.create(config).onConnection(socket -> {
            socket.onClose(closeReasons::add);
            sockets.add(socket);
        });
        NettyHost host = NettyHost.builder().host("127.0.0.1").port(0).ioThreads(3).engineIo("/engine.io/", engine).build();
        int port = host.start().getPort();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Polling polling = new Polling(client, "http://127.0.0.1:" + port + "/engine.io/");
            String wsBase = "ws://127.0.0.1:" + port + "/engine.io/?EIO=4&transport=websocket";
            boolean moved = false;
            for (int attempt = 0; attempt < 8 && !moved; attempt++) {
                ProbedUpgrade upgrade = ProbedUpgrade.open(engine, polling, sockets, wsBase);
                EngineSession session = upgrade.session();
                EventLoop before = upgrade.loopBefore();
                RecordingWebSocket ws = upgrade.ws();
                ws.send("5");
                ws.send("4moved?");
                // Wait for the upgrade to take effect (the message comes back through the session).
                awaitLoopChange(session, before);
                if (session.currentLoop() == before) {
                    ws.abort();
                    assertThat(closeReasons.poll(5, TimeUnit.SECONDS)).isNotNull();
                    continue;
                }
                moved = true;
                // Pinged over the WebSocket, on the new loop, several intervals running (auto-pong on).
                for (int ping = 0; ping < 4; ping++) {
                    assertThat(ws.next()).isEqualTo("2");
                }
                assertThat(closeReasons).isEmpty();
                ws.stopPonging();
                assertThat(closeReasons.poll(5, TimeUnit.SECONDS)).isEqualTo("ping timeout");
                ws.awaitClosed();
            }
            assertThat(moved).as("a session changed event loop on upgrade").isTrue();
        } finally {
            host.stop();
        }
    }

    private static void awaitLoopChange(EngineSession session, EventLoop before) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (session.currentLoop() == before && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }
}
