package dev.chat.examples.interop;

import static dev.chat.examples.support.TestChatServer.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.PublishNotification;
import dev.chat.core.UserId;
import dev.chat.examples.support.EventQueue;
import dev.chat.examples.support.TestChatServer;
import io.socket.client.Ack;
import io.socket.client.IO;
import io.socket.client.Socket;
import io.socket.engineio.client.transports.Polling;
import io.socket.engineio.client.transports.WebSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop beyond our own code: the widely used Java client {@code io.socket:socket.io-client} 2.x (Engine.IO
 * 4) sends every client event of the seed and receives every server event, over WebSocket only, polling
 * only, and polling upgraded to WebSocket.
 */
@Timeout(60)
class SocketIoJavaClientInteropTest {
    /** An event name and its first argument, as io.socket delivers them. */
    record Received(String event, Object payload) {
        JSONObject json() {
            return (JSONObject) payload;
        }
    }

    TestChatServer server;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() {
        server = TestChatServer.start();
    }

    @AfterEach
    void stop() {
        sockets.forEach(Socket::close);
        server.close();
    }

    Socket connect(String user, String transports, EventQueue<Received> inbox) throws Exception {
        IO.Options options = IO.Options.builder()
                .setTransports(switch (transports) {
                    case "websocket" -> new String[] {WebSocket.NAME};
                    case "polling" -> new String[] {Polling.NAME};
                    default -> new String[] {Polling.NAME, WebSocket.NAME};
                })
                .setUpgrade(transports.equals("upgrade"))
                .setReconnection(false)
                .setAuth(Map.of("token", tokenFor(user)))
                .build();
        Socket socket = IO.socket(URI.create(server.uri().toString()), options);
        sockets.add(socket);
        for (String event : List.of("new_message", "message_notification", "messages_read", "typing_start",
                "typing_stop", "new_notification", "error")) {
            socket.on(event, args -> inbox.add(new Received(event, args.length > 0 ? args[0] : null)));
        }
        CompletableFuture<Void> connected = new CompletableFuture<>();
        socket.once(Socket.EVENT_CONNECT, args -> connected.complete(null));
        socket.once(Socket.EVENT_CONNECT_ERROR, args -> connected.completeExceptionally(
                new AssertionError("connect_error: " + (args.length > 0 ? args[0] : ""))));
        socket.connect();
        connected.get(10, TimeUnit.SECONDS);
        return socket;
    }

    static JSONObject emitWithAck(Socket socket, String event, Object payload) throws Exception {
        CompletableFuture<JSONObject> ack = new CompletableFuture<>();
        socket.emit(event, new Object[] {payload}, (Ack) args -> ack.complete((JSONObject) args[0]));
        return ack.get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"websocket", "polling", "upgrade"})
    void everySeedEventBothWays(String transports) throws Exception {
        long conversation = server.conversation("456", "789");
        EventQueue<Received> alice = new EventQueue<>();
        EventQueue<Received> bob = new EventQueue<>();
        Socket a = connect("456", transports, alice);
        Socket b = connect("789", transports, bob);

        assertThat(emitWithAck(a, "join_conversation", conversation).getBoolean("ok")).isTrue();
        assertThat(emitWithAck(b, "join_conversation", String.valueOf(conversation)).getBoolean("ok")).isTrue();

        JSONObject ack = emitWithAck(a, "send_message", new JSONObject()
                .put("conversationId", conversation).put("content", "Hello world!").put("toUserId", 789));
        assertThat(ack.getBoolean("ok")).isTrue();
        JSONObject stored = ack.getJSONObject("message");

        JSONObject message = bob.skipUntil(Received.class, r -> r.event().equals("new_message")).json();
        assertThat(message.getLong("id")).isEqualTo(stored.getLong("id"));
        assertThat(message.getLong("conversation_id")).isEqualTo(conversation);
        assertThat(message.get("sender_id")).isEqualTo(456);
        assertThat(message.get("receiver_id")).isEqualTo(789);
        assertThat(message.getString("content")).isEqualTo("Hello world!");
        assertThat(message.getBoolean("is_read")).isFalse();
        assertThat(message.isNull("read_at")).isTrue();
        assertThat(message.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        JSONObject notification = bob.skipUntil(Received.class, r -> r.event().equals("message_notification")).json();
        assertThat(notification.getString("type")).isEqualTo("new_message");
        assertThat(notification.getLong("id")).isEqualTo(stored.getLong("id"));

        b.emit("typing_start", new JSONObject().put("conversationId", conversation).put("toUserId", 456));
        JSONObject typing = alice.skipUntil(Received.class, r -> r.event().equals("typing_start")).json();
        assertThat(typing.getLong("conversationId")).isEqualTo(conversation);
        assertThat(typing.get("userId")).isEqualTo(789);
        b.emit("typing_stop", new JSONObject().put("conversationId", conversation).put("toUserId", 456));
        assertThat(alice.skipUntil(Received.class, r -> r.event().equals("typing_stop")).json().get("userId"))
                .isEqualTo(789);

        b.emit("mark_read", new JSONObject().put("conversationId", conversation));
        JSONObject read = alice.skipUntil(Received.class, r -> r.event().equals("messages_read")).json();
        assertThat(read.getLong("conversationId")).isEqualTo(conversation);
        assertThat(read.get("userId")).isEqualTo(789);
        assertThat(read.getString("readAt")).endsWith("Z");

        server.server().chat().publishNotification(new PublishNotification(UserId.of("789"), "Project Update",
                "You have been assigned to Project X", "project_assigned")).orElseThrow();
        JSONObject system = bob.skipUntil(Received.class, r -> r.event().equals("new_notification")).json();
        assertThat(system.get("user_id")).isEqualTo(789);
        assertThat(system.getString("title")).isEqualTo("Project Update");
        assertThat(system.getString("type")).isEqualTo("project_assigned");

        a.emit("send_message", new JSONObject().put("conversationId", conversation).put("content", "   "));
        JSONObject error = alice.skipUntil(Received.class, r -> r.event().equals("error")).json();
        assertThat(error.getString("message")).isNotBlank();
        assertThat(error.getString("code")).isEqualTo("EMPTY_CONTENT");

        assertThat(emitWithAck(b, "leave_conversation", conversation).getBoolean("ok")).isTrue();
    }
}
