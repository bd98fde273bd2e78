package dev.chat.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.client.internal.ManualScheduler;
import dev.chat.client.internal.RecordingTransport;
import dev.chat.client.internal.RecordingTransport.Attempt;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's connection life and typed API, driven frame by frame: the test plays the server through a
 * recording transport, time is a fake clock, listeners run on the test's thread.
 */
class ChatClientTest {
    static final String OPEN =
            "0{\"sid\":\"s1\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}";
    static final String MESSAGE_JSON = "{\"id\":101,\"conversation_id\":123,\"sender_id\":456,"
            + "\"receiver_id\":789,\"content\":\"Hello world!\",\"is_read\":false,\"read_at\":null,"
            + "\"created_at\":\"2023-10-27T10:00:00.000Z\"}";
    static final Message MESSAGE = new Message(101, 123, "456", "789", "Hello world!", false, null,
            Instant.parse("2023-10-27T10:00:00.000Z"));

    final ManualScheduler scheduler = new ManualScheduler();
    final RecordingTransport transport = new RecordingTransport();
    final RecordingListener listener = new RecordingListener();

    ChatClientConfig.Builder config = ChatClientConfig.builder()
            .serverUri("http://127.0.0.1:8000")
            .token("Bearer jwt-456")
            .reconnect(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(1000))
                    .maxDelay(Duration.ofMillis(5000)).jitter(0.5).build())
            .ackTimeout(Duration.ofSeconds(10));

    @AfterEach
    void nothingUnasserted() {
        listener.assertExhausted();
    }

    ChatClient client() {
        // random 0.5 puts the jittered delay exactly on the base delay
        ChatClient client = ChatClient.create(config.build(), transport, scheduler, Runnable::run, () -> 0.5);
        client.addListener(listener);
        return client;
    }

    /** Connects through the whole handshake and returns the server's side of the connection. */
    Attempt connect(ChatClient client) {
        client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        attempt.open();
        scheduler.runPending();
        attempt.serverSends(OPEN);
        scheduler.runPending();
        attempt.nextSent();
        attempt.serverSends("40{\"sid\":\"n1\"}");
        scheduler.runPending();
        return attempt;
    }

    @Test
    void connectsWithTheTokenInTheAuthPayloadWithoutItsBearerPrefix() {
        ChatClient client = client();
        CompletableFuture<Void> connected = client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        assertThat(attempt.uri).hasToString("ws://127.0.0.1:8000/socket.io/?EIO=4&transport=websocket");
        assertThat(attempt.headers).isEmpty();
        listener.assertNextState(ConnectionState.CONNECTING);
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTING);

        attempt.open();
        scheduler.runPending();
        attempt.assertNothingSent();
        attempt.serverSends(OPEN);
        scheduler.runPending();
        attempt.assertNextSent("40{\"token\":\"jwt-456\"}");
        assertThat(connected).isNotDone();

        attempt.serverSends("40{\"sid\":\"n1\"}");
        scheduler.runPending();
        assertThat(connected).isCompleted();
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
        ConnectionStateChange change = listener.assertNextState(ConnectionState.CONNECTED);
        assertThat(change).isEqualTo(new ConnectionStateChange(ConnectionState.CONNECTING,
                ConnectionState.CONNECTED, "connected"));
        attempt.assertNothingSent();
    }

    @Test
    void headerAuthSendsTheTokenInTheHandshakeRequestAndAnEmptyConnect() {
        config.authMethod(AuthMethod.AUTHORIZATION_HEADER).token("jwt-456");
        ChatClient client = client();
        client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        assertThat(attempt.headers).containsExactly(java.util.Map.entry("Authorization", "Bearer jwt-456"));
        attempt.open();
        attempt.serverSends(OPEN);
        scheduler.runPending();
        attempt.assertNextSent("40");
        listener.assertNextState(ConnectionState.CONNECTING);
    }

    @Test
    void answersEveryPingWithAPong() {
        Attempt server = connect(client());
        listener.assertNextState(ConnectionState.CONNECTING);
        listener.assertNextState(ConnectionState.CONNECTED);
        for (int i = 0; i < 3; i++) {
            scheduler.advance(25_000);
            server.serverSends("2");
            scheduler.runPending();
            server.assertNextSent("3");
        }
        assertThat(server.isClosed()).isFalse();
    }

    @Test
    void sendMessageEmitsTheSeedPayloadWithAnAckAndCompletesWithTheAcknowledgedMessage() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();

        CompletableFuture<Message> sent = client.sendMessage(123, "456", "Hello world!");
        scheduler.runPending();
        server.assertNextSent("420[\"send_message\",{\"conversationId\":123,\"content\":\"Hello world!\",\"toUserId\":456}]");
        assertThat(sent).isNotDone();

        server.serverSends("430[{\"ok\":true,\"message\":" + MESSAGE_JSON + "}]");
        scheduler.runPending();
        assertThat(sent.join()).isEqualTo(MESSAGE);
    }

    @Test
    void nonNumericUserIdsGoOutAsStrings() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();
        client.typingStart(7, "5f0c-uuid");
        client.typingStop(7, "0456");
        client.markRead(7);
        scheduler.runPending();
        server.assertNextSent("420[\"typing_start\",{\"conversationId\":7,\"toUserId\":\"5f0c-uuid\"}]");
        server.assertNextSent("421[\"typing_stop\",{\"conversationId\":7,\"toUserId\":\"0456\"}]");
        server.assertNextSent("422[\"mark_read\",{\"conversationId\":7}]");
    }

    @Test
    void aRejectedCommandFailsWithTheServersCodeAndSentence() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();
        CompletableFuture<Message> sent = client.sendMessage(9, null, " ");
        scheduler.runPending();
        server.assertNextSent("420[\"send_message\",{\"conversationId\":9,\"content\":\" \"}]");
        server.serverSends("42[\"error\",{\"message\":\"Message content must not be empty.\",\"code\":\"EMPTY_CONTENT\"}]");
        server.serverSends("430[{\"ok\":false,\"error\":{\"code\":\"EMPTY_CONTENT\",\"message\":\"Message content must not be empty.\"}}]");
        scheduler.runPending();

        assertThat(listener.next(ServerError.class))
                .isEqualTo(new ServerError("EMPTY_CONTENT", "Message content must not be empty."));
        assertFailure(sent, "EMPTY_CONTENT", "Message content must not be empty.");
    }

    @Test
    void aCommandWithoutAckFailsAfterTheAckTimeout() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();
        CompletableFuture<Void> read = client.markRead(5);
        scheduler.runPending();
        server.nextSent();
        scheduler.advance(9_999);
        assertThat(read).isNotDone();
        scheduler.advance(1);
        assertFailure(read, "ACK_TIMEOUT", "No acknowledgement for mark_read within 10000 ms.");

        server.serverSends("430[{\"ok\":true}]"); // a late ack is ignored
        scheduler.runPending();
    }

    @Test
    void commandsFailAtOnceWhenNotConnected() {
        ChatClient client = client();
        CompletableFuture<Void> join = client.join(1);
        scheduler.runPending();
        assertFailure(join, "NOT_CONNECTED", "The client is not connected (state NEW).");
    }

    @Test
    void everySeedServerEventArrivesAsItsRecord() {
        Attempt server = connect(client());
        skipConnectStates();
        server.serverSends("42[\"new_message\"," + MESSAGE_JSON + "]");
        server.serverSends("42[\"message_notification\",{\"id\":101,\"conversation_id\":123,\"sender_id\":456,"
                + "\"receiver_id\":789,\"content\":\"Hello world!\",\"is_read\":false,"
                + "\"created_at\":\"2023-10-27T10:00:00.000Z\",\"type\":\"new_message\"}]");
        server.serverSends("42[\"messages_read\",{\"conversationId\":123,\"userId\":456,"
                + "\"readAt\":\"2023-10-27T10:05:00.000Z\"}]");
        server.serverSends("42[\"typing_start\",{\"conversationId\":123,\"userId\":456}]");
        server.serverSends("42[\"typing_stop\",{\"conversationId\":123,\"userId\":\"u-9\"}]");
        server.serverSends("42[\"new_notification\",{\"id\":50,\"user_id\":789,\"title\":\"Project Update\","
                + "\"message\":\"You have been assigned to Project X\",\"type\":\"project_assigned\","
                + "\"created_at\":\"2023-10-27T12:00:00.000Z\"}]");
        server.serverSends("42[\"error\",{\"message\":\"Failed to send message\"}]");
        server.serverSends("42[\"some_future_event\",{}]");
        server.serverSends("42[\"new_message\",{\"id\":\"x\"}]"); // malformed: logged and dropped
        scheduler.runPending();

        assertThat(listener.next(Message.class)).isEqualTo(MESSAGE);
        assertThat(listener.next(MessageNotification.class)).isEqualTo(new MessageNotification(101, 123, "456",
                "789", "Hello world!", false, Instant.parse("2023-10-27T10:00:00.000Z"), "new_message"));
        assertThat(listener.next(MessagesRead.class))
                .isEqualTo(new MessagesRead(123, "456", Instant.parse("2023-10-27T10:05:00.000Z")));
        assertThat(listener.next(TypingStarted.class)).isEqualTo(new TypingStarted(123, "456"));
        assertThat(listener.next(TypingStopped.class)).isEqualTo(new TypingStopped(123, "u-9"));
        assertThat(listener.next(Notification.class)).isEqualTo(new Notification(50, "789", "Project Update",
                "You have been assigned to Project X", "project_assigned",
                Instant.parse("2023-10-27T12:00:00.000Z")));
        assertThat(listener.next(ServerError.class)).isEqualTo(new ServerError("UNKNOWN", "Failed to send message"));
    }

    @Test
    void aMissingPingReconnectsAfterTheBackoffAndRejoinsTheJoinedConversations() {
        config.ackTimeout(Duration.ofMinutes(1));
        ChatClient client = client();
        Attempt first = connect(client);
        skipConnectStates();
        CompletableFuture<Void> joined = client.join(123);
        scheduler.runPending();
        first.assertNextSent("420[\"join_conversation\",123]");
        first.serverSends("430[{\"ok\":true}]");
        scheduler.runPending();
        assertThat(joined).isCompleted();
        assertThat(client.joinedConversations()).containsExactly(123L);
        CompletableFuture<Void> pending = client.markRead(123);
        scheduler.runPending();
        first.assertNextSent("421[\"mark_read\",{\"conversationId\":123}]");

        scheduler.advance(45_000); // pingInterval + pingTimeout without a ping
        assertThat(first.isClosed()).isTrue();
        assertThat(listener.assertNextState(ConnectionState.RECONNECTING).reason()).isEqualTo("ping timeout");
        assertFailure(pending, "DISCONNECTED", "The connection was lost before the server acknowledged the command.");
        transport.assertNoAttempt();

        scheduler.advance(999);
        transport.assertNoAttempt();
        scheduler.advance(1);
        Attempt second = transport.takeAttempt();
        second.open();
        second.serverSends(OPEN);
        scheduler.runPending();
        second.assertNextSent("40{\"token\":\"jwt-456\"}");
        second.serverSends("40{\"sid\":\"n2\"}");
        scheduler.runPending();
        second.assertNextSent("422[\"join_conversation\",123]");
        assertThat(client.state()).isEqualTo(ConnectionState.RECONNECTING); // until the re-join is acknowledged
        second.serverSends("432[{\"ok\":true}]");
        scheduler.runPending();
        assertThat(listener.assertNextState(ConnectionState.CONNECTED).reason()).isEqualTo("reconnected");
        assertThat(client.joinedConversations()).containsExactly(123L);
    }

    @Test
    void aRejectedRejoinIsForgottenAndTheClientConnectsAnyway() {
        ChatClient client = client();
        Attempt first = connect(client);
        skipConnectStates();
        client.join(5);
        scheduler.runPending();
        first.assertNextSent("420[\"join_conversation\",5]");
        first.serverSends("430[{\"ok\":true}]");
        first.drop("transport closed (1006)");
        scheduler.advance(1000);
        listener.assertNextState(ConnectionState.RECONNECTING);

        Attempt second = transport.takeAttempt();
        second.open();
        second.serverSends(OPEN);
        second.serverSends("40{\"sid\":\"n2\"}");
        scheduler.runPending();
        second.assertNextSent("40{\"token\":\"jwt-456\"}");
        second.assertNextSent("421[\"join_conversation\",5]");
        second.serverSends("431[{\"ok\":false,\"error\":{\"code\":\"NOT_PARTICIPANT\",\"message\":\"No.\"}}]");
        scheduler.runPending();
        listener.assertNextState(ConnectionState.CONNECTED);
        assertThat(client.joinedConversations()).isEmpty();
    }

    @Test
    void backoffGrowsUntilTheCapAndResetsAfterAConnection() {
        ChatClient client = client();
        client.connect();
        scheduler.runPending();
        listener.assertNextState(ConnectionState.CONNECTING);
        long[] expected = {1000, 2000, 4000, 5000, 5000};
        for (long delay : expected) {
            transport.takeAttempt().drop("could not connect: Connection refused");
            scheduler.runPending();
            assertThat(scheduler.nextTimerDelay()).isEqualTo(delay);
            scheduler.advance(delay);
        }
        listener.assertNextState(ConnectionState.RECONNECTING);
        Attempt attempt = transport.takeAttempt();
        attempt.open();
        attempt.serverSends(OPEN);
        attempt.serverSends("40{\"sid\":\"n\"}");
        scheduler.runPending();
        listener.assertNextState(ConnectionState.CONNECTED);
        attempt.drop("transport closed (1006)");
        scheduler.runPending();
        listener.assertNextState(ConnectionState.RECONNECTING);
        assertThat(scheduler.nextTimerDelay()).isEqualTo(1000);
    }

    @Test
    void aConnectTimeoutCountsAsAFailedAttempt() {
        config.connectTimeout(Duration.ofSeconds(3));
        ChatClient client = client();
        client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        attempt.open();
        scheduler.advance(3_000);
        assertThat(attempt.isClosed()).isTrue();
        listener.assertNextState(ConnectionState.CONNECTING);
        assertThat(listener.assertNextState(ConnectionState.RECONNECTING).reason())
                .isEqualTo("connect timeout after 3000 ms");
    }

    @Test
    void aRejectedTokenClosesTheClientAndFailsConnect() {
        ChatClient client = client();
        CompletableFuture<Void> connected = client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        attempt.open();
        attempt.serverSends(OPEN);
        attempt.serverSends("44{\"message\":\"Invalid token\"}");
        scheduler.runPending();
        assertFailure(connected, "CONNECT_REJECTED", "Invalid token");
        assertThat(attempt.isClosed()).isTrue();
        listener.assertNextState(ConnectionState.CONNECTING);
        assertThat(listener.assertNextState(ConnectionState.CLOSED).reason())
                .isEqualTo("rejected by the server: Invalid token");
        scheduler.advance(60_000);
        transport.assertNoAttempt();
        assertThat(scheduler.isShutdown()).as("a closed client stops its thread").isTrue();
    }

    @Test
    void aServerSideDisconnectClosesWithoutReconnecting() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();
        server.serverSends("41");
        scheduler.advance(60_000);
        assertThat(listener.assertNextState(ConnectionState.CLOSED).reason()).isEqualTo("disconnected by the server");
        transport.assertNoAttempt();
        server.assertNothingSent();
    }

    @Test
    void giveUpAfterMaxAttempts() {
        config.reconnect(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(100)).maxAttempts(2).jitter(0).build());
        ChatClient client = client();
        CompletableFuture<Void> connected = client.connect();
        scheduler.runPending();
        for (int i = 0; i < 3; i++) {
            transport.takeAttempt().drop("could not connect: Connection refused");
            scheduler.advance(10_000);
        }
        transport.assertNoAttempt();
        listener.assertNextState(ConnectionState.CONNECTING);
        listener.assertNextState(ConnectionState.RECONNECTING);
        assertThat(listener.assertNextState(ConnectionState.CLOSED).reason())
                .isEqualTo("could not connect: Connection refused; no more reconnection attempts");
        assertFailure(connected, "DISCONNECTED", "Gave up after 2 reconnection attempts: could not connect: Connection refused.");
    }

    @Test
    void closeSaysGoodbyeAndFailsPendingCommands() {
        ChatClient client = client();
        Attempt server = connect(client);
        skipConnectStates();
        CompletableFuture<Message> sent = client.sendMessage(1, "2", "bye");
        scheduler.runPending();
        server.nextSent();
        client.close();
        scheduler.runPending();
        server.assertNextSent("41");
        assertThat(server.isClosed()).isTrue();
        assertFailure(sent, "CLOSED", "The client was closed before the server acknowledged the command.");
        assertThat(listener.assertNextState(ConnectionState.CLOSED).reason()).isEqualTo("closed by the application");
        CompletableFuture<Void> late = client.join(1);
        scheduler.runPending();
        assertFailure(late, "CLOSED", "The client is closed.");
        client.close(); // idempotent
        scheduler.runPending();
    }

    @Test
    void aConnectionThatOpensAfterCloseIsClosedAtOnce() {
        ChatClient client = client();
        CompletableFuture<Void> connected = client.connect();
        scheduler.runPending();
        Attempt attempt = transport.takeAttempt();
        client.close();
        scheduler.runPending();
        assertThat(scheduler.isShutdown()).isTrue();
        attempt.open(); // too late: nobody will ever use it
        assertThat(attempt.isClosed()).isTrue();
        attempt.assertNothingSent();
        assertFailure(connected, "CLOSED", "The client was closed.");
        listener.assertNextState(ConnectionState.CONNECTING);
        listener.assertNextState(ConnectionState.CLOSED);
        assertFailure(client.sendMessage(1, "2", "after close"), "CLOSED", "The client is closed.");
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        ChatClient client = ChatClient.create(config.build(), transport, scheduler, Runnable::run, () -> 0.5);
        client.addListener(new ChatListener() {
            @Override
            public void onTypingStarted(TypingStarted typing) {
                throw new IllegalStateException("listener bug");
            }
        });
        client.addListener(listener);
        Attempt server = connect(client);
        skipConnectStates();
        server.serverSends("42[\"typing_start\",{\"conversationId\":1,\"userId\":2}]");
        server.serverSends("42[\"typing_stop\",{\"conversationId\":1,\"userId\":2}]");
        scheduler.runPending();
        listener.next(TypingStarted.class);
        listener.next(TypingStopped.class);
    }

    @Test
    void aGarbageFrameDropsTheConnectionAndReconnects() {
        Attempt server = connect(client());
        skipConnectStates();
        server.serverSends("42[");
        scheduler.runPending();
        assertThat(server.isClosed()).isTrue();
        assertThat(listener.assertNextState(ConnectionState.RECONNECTING).reason()).startsWith("protocol error: ");
    }

    @Test
    void configValidationNamesTheField() {
        assertThatThrownBy(() -> ChatClientConfig.builder().serverUri("ftp://x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serverUri must be http, https, ws or wss: ftp://x");
        assertThatThrownBy(() -> ChatClientConfig.builder().serverUri("http://x").path("socket.io").build())
                .hasMessage("path must start with '/': socket.io");
        assertThatThrownBy(() -> ChatClientConfig.builder().serverUri("http://x").ackTimeout(Duration.ZERO).build())
                .hasMessage("ackTimeout must be positive: PT0S");
        assertThatThrownBy(() -> ReconnectPolicy.builder().jitter(1.5).build())
                .hasMessage("jitter must be within [0, 1]: 1.5");
        assertThat(ChatClientConfig.builder().serverUri("https://chat.example:8443").path("/rt").build()
                .webSocketUri()).hasToString("wss://chat.example:8443/rt/?EIO=4&transport=websocket");
    }

    private void skipConnectStates() {
        listener.assertNextState(ConnectionState.CONNECTING);
        listener.assertNextState(ConnectionState.CONNECTED);
    }

    private static void assertFailure(CompletableFuture<?> future, String code, String message) {
        assertThat(future).isCompletedExceptionally();
        assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(ChatClientException.class).hasMessage(message)
                .extracting(e -> ((ChatClientException) e).code()).isEqualTo(code);
    }
}
