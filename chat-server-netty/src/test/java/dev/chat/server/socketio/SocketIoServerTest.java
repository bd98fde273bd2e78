package dev.chat.server.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.host.NettyHost;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The general Socket.IO host on a real port, driven with raw Socket.IO frames over the JDK WebSocket. */
class SocketIoServerTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final BlockingQueue<SocketIoSocket> connected = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> disconnects = new LinkedBlockingQueue<>();
    private final ExecutorService handlerPool = Executors.newFixedThreadPool(4);
    private SocketIoServer io;
    private NettyHost host;
    private HttpClient client;
    private String wsBase;

    @BeforeEach
    void start() {
        io = SocketIoServer.builder()
                .engineConfig(EngineConfig.builder().pingInterval(Duration.ofSeconds(5)).build())
                .build();
        io.of("/").onConnection(socket -> {
            socket.onDisconnect(reason -> disconnects.add(socket.id() + " " + reason));
            connected.add(socket);
        });
        host = NettyHost.builder().host("127.0.0.1").port(0).socketIo(io).build();
        InetSocketAddress address = host.start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        wsBase = "ws://127.0.0.1:" + address.getPort() + "/socket.io/?EIO=4&transport=websocket";
    }

    @AfterEach
    void stop() {
        host.stop();
        handlerPool.shutdownNow();
    }

    private RecordingWebSocket open(String query) {
        RecordingWebSocket ws = RecordingWebSocket.connect(client, URI.create(wsBase + query));
        assertThat(ws.nextText()).startsWith("0{");
        return ws;
    }

    /** Connects to "/" and returns the client with its server-side socket. */
    private Client connect() {
        RecordingWebSocket ws = open("");
        ws.send("40");
        String reply = ws.nextText();
        assertThat(reply).startsWith("40{\"sid\":\"");
        SocketIoSocket socket = take(connected);
        assertThat(reply).isEqualTo("40{\"sid\":\"" + socket.id() + "\"}");
        return new Client(ws, socket);
    }

    private record Client(RecordingWebSocket ws, SocketIoSocket socket) {
    }

    private static <T> T take(BlockingQueue<T> queue) {
        try {
            T value = queue.poll(5, TimeUnit.SECONDS);
            assertThat(value).as("nothing arrived within 5 s").isNotNull();
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void middlewareRejectionSendsConnectErrorWithData() {
        io.of("/secure").use(h -> CompletableFuture.completedFuture(
                ConnectDecision.reject("Unauthorized", JSON.objectNode().put("reason", "no token"))));
        RecordingWebSocket ws = open("");

        ws.send("40/secure,{}");

        ws.assertNextText("44/secure,{\"message\":\"Unauthorized\",\"data\":{\"reason\":\"no token\"}}");
        assertThat(io.of("/secure").sockets()).isEmpty();
        ws.abort();
    }

    @Test
    void middlewaresSeeTheHandshakeRunInOrderAndMayDecideOnAnotherThread() {
        BlockingQueue<SocketIoSocket> admins = new LinkedBlockingQueue<>();
        io.of("/admin")
                .use(h -> CompletableFuture.supplyAsync(() -> ConnectDecision.accept(Map.of(
                        "user", h.auth().path("token").asText(),
                        "agent", h.headers().first("User-Agent").orElse("?"),
                        "q", h.query().get("tag").get(0))), handlerPool))
                .use(h -> CompletableFuture.completedFuture(ConnectDecision.accept(Map.of("second", true))))
                .onConnection(admins::add);
        RecordingWebSocket ws = open("&tag=blue");

        ws.send("40/admin,{\"token\":\"alice\"}");

        assertThat(ws.nextText()).startsWith("40/admin,{\"sid\":");
        SocketIoSocket socket = take(admins);
        assertThat(socket.data()).containsEntry("user", "alice").containsEntry("q", "blue").containsEntry("second", true);
        assertThat((String) socket.data().get("agent")).startsWith("Java-http-client");
        assertThat(socket.handshake().remote().getAddress().isLoopbackAddress()).isTrue();
        ws.abort();
    }

    @Test
    void aFailingMiddlewareRejectsWithInternalServerError() {
        io.of("/broken").use(h -> {
            throw new IllegalStateException("middleware bug");
        });
        RecordingWebSocket ws = open("");

        ws.send("40/broken,");

        ws.assertNextText("44/broken,{\"message\":\"Internal server error\"}");
        ws.abort();
    }

    @Test
    void aMiddlewareWithoutAStageOrADecisionRejectsWithInternalServerError() {
        io.of("/nostage").use(h -> null);
        io.of("/nodecision").use(h -> CompletableFuture.completedFuture(null));
        RecordingWebSocket ws = open("");

        ws.send("40/nostage,");
        ws.assertNextText("44/nostage,{\"message\":\"Internal server error\"}");
        ws.send("40/nodecision,");
        ws.assertNextText("44/nodecision,{\"message\":\"Internal server error\"}");
        ws.abort();
    }

    @Test
    void roomsAndBroadcasts() {
        Client a = connect();
        Client b = connect();
        Client c = connect();
        a.socket().join("room");
        b.socket().join("room");
        assertThat(a.socket().rooms()).containsExactlyInAnyOrder(a.socket().id(), "room");

        io.of("/").to("room").emit("news", IntNode.valueOf(1));
        a.ws().assertNextText("42[\"news\",1]");
        b.ws().assertNextText("42[\"news\",1]");

        a.socket().to("room").emit("from-a", TextNode.valueOf("hi"));
        b.ws().assertNextText("42[\"from-a\",\"hi\"]");

        io.of("/").except("room").emit("outsiders");
        c.ws().assertNextText("42[\"outsiders\"]");

        io.of("/").emit("everyone");
        a.ws().assertNextText("42[\"everyone\"]");
        b.ws().assertNextText("42[\"everyone\"]");
        c.ws().assertNextText("42[\"everyone\"]");

        b.socket().leave("room");
        io.of("/").to("room").emit("after-leave");
        a.ws().assertNextText("42[\"after-leave\"]");
        c.socket().emit("direct");
        c.ws().assertNextText("42[\"direct\"]");
        b.socket().emit("marker");
        b.ws().assertNextText("42[\"marker\"]");
    }

    @Test
    void emitJsonSendsTheCallersJsonTextToTheSelectedSockets() {
        Client a = connect();
        Client b = connect();
        Client c = connect();
        a.socket().join("room");
        b.socket().join("room");
        String json = "{\"id\":7,\"content\":\"caf\u00e9 \ud83d\ude00 \\\"q\\\"\"}";

        io.of("/").to("room").except(b.socket().id()).emitJson("news", 8, out -> out.append(json));
        a.ws().assertNextText("42[\"news\"," + json + "]");
        io.of("/").emitJson("everyone", 0, out -> out.append("[1,null]"));
        a.ws().assertNextText("42[\"everyone\",[1,null]]");
        b.ws().assertNextText("42[\"everyone\",[1,null]]");
        c.ws().assertNextText("42[\"everyone\",[1,null]]");

        // An operator that only implements emit gets the same text through the default method.
        BroadcastOperator room = io.of("/").to("room");
        BroadcastOperator plain = new BroadcastOperator() {
            @Override
            public BroadcastOperator to(String r) {
                return room.to(r);
            }

            @Override
            public BroadcastOperator except(String r) {
                return room.except(r);
            }

            @Override
            public void emit(String event, com.fasterxml.jackson.databind.JsonNode... args) {
                room.emit(event, args);
            }
        };
        plain.emitJson("news", 0, out -> out.append(json));
        a.ws().assertNextText("42[\"news\"," + json + "]");
        b.ws().assertNextText("42[\"news\"," + json + "]");
    }

    @Test
    void eventsReachHandlersAndAcksGoBack() {
        Client a = connect();
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        a.socket().on("add", (s, args, ack) -> ack.ifPresent(x -> x.ack(IntNode.valueOf(args.get(0).asInt() + args.get(1).asInt()))));
        a.socket().onAny((s, event, args, ack) -> seen.add(event + args));

        a.ws().send("427[\"add\",2,3]");
        a.ws().assertNextText("437[5]");
        a.ws().send("42[\"unknown\",true]");

        assertThat(take(seen)).isEqualTo("unknown[true]");
    }

    @Test
    void serverEmitWithAckCompletesWithTheClientAnswerOrTimesOut() throws Exception {
        Client a = connect();

        CompletableFuture<List<JsonNode>> answered = a.socket().emitWithAck("ask", Duration.ofSeconds(5), TextNode.valueOf("q"));
        a.ws().assertNextText("420[\"ask\",\"q\"]");
        a.ws().send("430[\"answer\",42]");
        assertThat(answered.get(5, TimeUnit.SECONDS)).containsExactly(TextNode.valueOf("answer"), IntNode.valueOf(42));

        CompletableFuture<List<JsonNode>> ignored = a.socket().emitWithAck("ask", Duration.ofMillis(50));
        a.ws().assertNextText("421[\"ask\"]");
        assertThatThrownBy(() -> ignored.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void binaryArgumentsTravelAsAttachments() {
        Client a = connect();
        a.socket().on("upload", (s, args, ack) -> s.emit("stored", args.get(0), TextNode.valueOf("ok")));

        a.ws().send("451-[\"upload\",{\"_placeholder\":true,\"num\":0}]");
        a.ws().send(new byte[] {9, 8, 7});

        a.ws().assertNextText("451-[\"stored\",{\"_placeholder\":true,\"num\":0},\"ok\"]");
        assertThat(a.ws().nextBinary()).containsExactly(9, 8, 7);
        io.of("/").emit("blob", BinaryNode.valueOf(new byte[] {1}));
        a.ws().assertNextText("451-[\"blob\",{\"_placeholder\":true,\"num\":0}]");
        assertThat(a.ws().nextBinary()).containsExactly(1);
    }

    @Test
    void disconnectReasons() {
        Client byClient = connect();
        Client byServer = connect();
        Client byTransport = connect();

        byClient.ws().send("41");
        assertThat(take(disconnects)).isEqualTo(byClient.socket().id() + " client namespace disconnect");

        byServer.socket().disconnect();
        byServer.ws().assertNextText("41");
        assertThat(take(disconnects)).isEqualTo(byServer.socket().id() + " server namespace disconnect");
        assertThat(byServer.socket().isConnected()).isFalse();

        byTransport.ws().abort();
        assertThat(take(disconnects)).isEqualTo(byTransport.socket().id() + " transport close");
        assertThat(io.of("/").sockets()).isEmpty();
    }

    @Test
    void aMissingPongDisconnectsSocketsWithPingTimeout() throws Exception {
        BlockingQueue<String> reasons = new LinkedBlockingQueue<>();
        SocketIoServer quick = SocketIoServer.builder()
                .engineConfig(EngineConfig.builder().pingInterval(Duration.ofMillis(100)).pingTimeout(Duration.ofMillis(100)).build())
                .build();
        quick.of("/").onConnection(socket -> socket.onDisconnect(reasons::add));
        NettyHost quickHost = NettyHost.builder().host("127.0.0.1").port(0).socketIo(quick).build();
        try {
            int port = quickHost.start().getPort();
            RecordingWebSocket ws = RecordingWebSocket.connect(client,
                    URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket"));
            ws.next();
            ws.send("40");
            assertThat(ws.nextText()).startsWith("40{");
            ws.stopPonging();

            assertThat(reasons.poll(5, TimeUnit.SECONDS)).isEqualTo("ping timeout");
            ws.awaitClosed();
        } finally {
            quickHost.stop();
        }
    }

    @Test
    void aThrowingHandlerLeavesTheSocketConnected() {
        Client a = connect();
        a.socket().on("bad", (s, args, ack) -> {
            throw new IllegalStateException("handler bug");
        });
        a.socket().on("good", (s, args, ack) -> s.emit("fine"));

        a.ws().send("42[\"bad\"]");
        a.ws().send("42[\"good\"]");

        a.ws().assertNextText("42[\"fine\"]");
        assertThat(a.socket().isConnected()).isTrue();
    }

    @Test
    void handlerExecutorRunsOffTheEventLoopInPerSocketOrder() {
        BlockingQueue<SocketIoSocket> workers = new LinkedBlockingQueue<>();
        List<Integer> order = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        io.of("/work").handlerExecutor(handlerPool).onConnection(socket -> {
            socket.on("n", (s, args, ack) -> {
                synchronized (order) {
                    order.add(args.get(0).asInt());
                    threads.add(Thread.currentThread().getName());
                }
                if (args.get(0).asInt() == 99) {
                    s.emit("done");
                }
            });
            workers.add(socket);
        });
        RecordingWebSocket ws = open("");
        ws.send("40/work,");
        assertThat(ws.nextText()).startsWith("40/work,");
        take(workers);

        for (int i = 0; i < 100; i++) {
            ws.send("42/work,[\"n\"," + i + "]");
        }

        ws.assertNextText("42/work,[\"done\"]");
        synchronized (order) {
            assertThat(order).hasSize(100).isSorted();
            assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("pool-"));
        }
    }

    @Test
    void emitFromAnyThreadKeepsPerThreadOrder() throws Exception {
        Client a = connect();

        handlerPool.submit(() -> {
            for (int i = 0; i < 50; i++) {
                a.socket().emit("seq", IntNode.valueOf(i));
            }
        }).get(5, TimeUnit.SECONDS);

        for (int i = 0; i < 50; i++) {
            a.ws().assertNextText("42[\"seq\"," + i + "]");
        }
    }

    @Test
    void namespaceHandlersServeEverySocketAndASocketsOwnHandlerTakesPrecedence() {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        io.of("/").on("hello", (socket, args, ack) -> {
            seen.add("namespace " + socket.id() + " " + args.get(0).asText());
            ack.ifPresent(a -> a.ack(TextNode.valueOf("from namespace")));
        });
        io.of("/").on("both", (socket, args, ack) -> seen.add("namespace both"));
        Client first = connect();
        Client second = connect();
        second.socket().on("both", (socket, args, ack) -> seen.add("socket both"));

        first.ws().send("42[\"hello\",\"a\"]");
        assertThat(take(seen)).isEqualTo("namespace " + first.socket().id() + " a");
        second.ws().send("421[\"hello\",\"b\"]");
        assertThat(take(seen)).isEqualTo("namespace " + second.socket().id() + " b");
        second.ws().assertNextText("431[\"from namespace\"]");
        second.ws().send("42[\"both\"]");
        assertThat(take(seen)).isEqualTo("socket both");
        first.ws().send("42[\"both\"]");
        assertThat(take(seen)).isEqualTo("namespace both");
        first.ws().abort();
        second.ws().abort();
    }

    @Test
    void namespaceDisconnectListenersRunAfterTheSocketsOwn() {
        BlockingQueue<String> order = new LinkedBlockingQueue<>();
        io.of("/").onDisconnect((socket, reason) -> order.add("namespace " + socket.id() + " " + reason));
        Client client = connect();
        client.socket().onDisconnect(reason -> order.add("socket " + reason));

        client.ws().send("41");

        String id = client.socket().id();
        assertThat(take(disconnects)).isEqualTo(id + " client namespace disconnect");
        assertThat(take(order)).isEqualTo("socket client namespace disconnect");
        assertThat(take(order)).isEqualTo("namespace " + id + " client namespace disconnect");
        client.ws().abort();
    }

    @Test
    void theHandshakeKeepsTheAuthPayloadHeadersAndQuery() {
        BlockingQueue<SocketIoSocket> sockets = new LinkedBlockingQueue<>();
        io.of("/h").onConnection(sockets::add);
        RecordingWebSocket ws = open("&tag=blue");

        ws.send("40/h,{\"token\":\"t0k\",\"n\":[1,2.5,12345678901,true,null,{\"deep\":\"x\"}]}");

        assertThat(ws.nextText()).startsWith("40/h,{\"sid\":");
        SocketIoSocket socket = take(sockets);
        Handshake handshake = socket.handshake();
        assertThat(handshake.auth().toString())
                .isEqualTo("{\"token\":\"t0k\",\"n\":[1,2.5,12345678901,true,null,{\"deep\":\"x\"}]}");
        assertThat(handshake.auth().path("n").get(2).isLong()).isTrue();
        assertThat(handshake.query().get("tag")).containsExactly("blue");
        assertThat(handshake.query().get("EIO")).containsExactly("4");
        assertThat(handshake.headers().first("user-agent").orElseThrow()).startsWith("Java-http-client");
        assertThat(handshake.issued()).isBeforeOrEqualTo(java.time.Instant.now());
        // A copy per call: changing one leaves the socket's handshake as it was.
        ((com.fasterxml.jackson.databind.node.ObjectNode) handshake.auth()).put("token", "changed");
        assertThat(socket.handshake().auth().path("token").asText()).isEqualTo("t0k");
        assertThat(socket.handshake()).isEqualTo(socket.handshake());
        ws.abort();
    }
}
