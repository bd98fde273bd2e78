package dev.chat.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection handlers run before the client can see CONNECT (as in socket.io): a room joined in a
 * connection handler is joined by the time CONNECT arrives, and what a handler sends follows CONNECT.
 */
class ConnectOrderTest {

    private static final int ROUNDS = 40;

    private final ExecutorService handlerPool = Executors.newFixedThreadPool(2);
    private SocketIoServer io;
    private NettyHost host;
    private HttpClient client;
    private String wsBase;

    @BeforeEach
    void start() {
        io = SocketIoServer.builder().build();
        host = NettyHost.builder().host("127.0.0.1").port(0).socketIo(io).build();
        int port = host.start().getPort();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        wsBase = "ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket";
    }

    @AfterEach
    void stop() {
        host.stop();
        handlerPool.shutdownNow();
    }

    @Test
    void aBroadcastFiredTheInstantTheClientSeesConnectReachesTheRoomsItsHandlersJoined() {
        // A slow connection handler on a worker pool (as one that looks the user up in a database):
        // under the old order, CONNECT went out first and the broadcast below missed the room.
        io.of("/rooms").handlerExecutor(handlerPool).onConnection(socket -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // simulated work, nobody waits on it
            socket.join("members");
        });
        for (int round = 0; round < ROUNDS; round++) {
            int n = round;
            RecordingWebSocket ws = RecordingWebSocket.connect(client, URI.create(wsBase));
            assertThat(ws.nextText()).startsWith("0{");
            ws.onTextArrival(text -> {
                if (text.startsWith("40/rooms,")) {
                    io.of("/rooms").to("members").emit("hello", IntNode.valueOf(n));
                }
            });
            ws.send("40/rooms,");
            assertThat(ws.nextText()).startsWith("40/rooms,{\"sid\":\"");
            ws.assertNextText("42/rooms,[\"hello\"," + n + "]");
            ws.abort();
        }
    }

    @Test
    void inlineHandlersAlsoRunBeforeConnectAndWhatTheySendFollowsIt() {
        io.of("/").onConnection(socket -> {
            socket.join("members");
            socket.emit("welcome", TextNode.valueOf(socket.id()));
        });
        for (int round = 0; round < ROUNDS; round++) {
            int n = round;
            RecordingWebSocket ws = RecordingWebSocket.connect(client, URI.create(wsBase));
            assertThat(ws.nextText()).startsWith("0{");
            ws.onTextArrival(text -> {
                if (text.startsWith("40{")) {
                    io.of("/").to("members").emit("hello", IntNode.valueOf(n));
                }
            });
            ws.send("40");
            String connect = ws.nextText();
            assertThat(connect).startsWith("40{\"sid\":\"");
            String sid = connect.substring("40{\"sid\":\"".length(), connect.length() - 2);
            ws.assertNextText("42[\"welcome\",\"" + sid + "\"]");
            ws.assertNextText("42[\"hello\"," + n + "]");
            ws.abort();
        }
    }

    @Test
    void aHandlerThatDisconnectsTheSocketSendsConnectThenDisconnect() {
        io.of("/kick").handlerExecutor(handlerPool).onConnection(socket -> {
            socket.emit("bye");
            socket.disconnect();
        });
        RecordingWebSocket ws = RecordingWebSocket.connect(client, URI.create(wsBase));
        assertThat(ws.nextText()).startsWith("0{");
        ws.send("40/kick,");
        assertThat(ws.nextText()).startsWith("40/kick,{\"sid\":\"");
        ws.assertNextText("42/kick,[\"bye\"]");
        ws.assertNextText("41/kick,");
        ws.abort();
    }
}
