package dev.chat.examples.client;

import static dev.chat.examples.support.TestChatServer.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.client.AuthMethod;
import dev.chat.client.ChatClient;
import dev.chat.client.ChatClientException;
import dev.chat.client.ChatEvent;
import dev.chat.client.ChatListener;
import dev.chat.client.ConnectionState;
import dev.chat.client.ConnectionStateChange;
import dev.chat.client.Message;
import dev.chat.client.MessageNotification;
import dev.chat.client.MessagesRead;
import dev.chat.client.Notification;
import dev.chat.client.ReconnectPolicy;
import dev.chat.client.ServerError;
import dev.chat.client.TypingStarted;
import dev.chat.client.TypingStopped;
import dev.chat.core.PublishNotification;
import dev.chat.core.UserId;
import dev.chat.examples.support.EventQueue;
import dev.chat.examples.support.TestChatServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Java client against the real server on a free port: every seed event, auth, and a server restart. */
@Timeout(60)
class JavaClientEndToEndTest {
    TestChatServer server;
    final List<ChatClient> clients = new ArrayList<>();
    /** The threads listeners ran on. */
    final java.util.Set<String> listenerThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @BeforeEach
    void startServer() {
        server = TestChatServer.start();
    }

    @AfterEach
    void stop() {
        clients.forEach(ChatClient::close);
        server.close();
    }

    ChatClient client(String user, EventQueue<ChatEvent> events, AuthMethod authMethod, String token) {
        ChatClient client = ChatClient.builder()
                .serverUri(server.uri().toString())
                .token(token)
                .authMethod(authMethod)
                .reconnect(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(50))
                        .maxDelay(Duration.ofMillis(500)).build())
                .listener(new ChatListener() {
                    @Override
                    public void onEvent(ChatEvent event) {
                        listenerThreads.add(Thread.currentThread().getName());
                        events.add(event);
                    }
                })
                .build();
        clients.add(client);
        return client;
    }

    ChatClient connected(String user, EventQueue<ChatEvent> events) throws Exception {
        ChatClient client = client(user, events, AuthMethod.AUTH_PAYLOAD, tokenFor(user));
        await(client.connect());
        assertThat(events.next(ConnectionStateChange.class).current()).isEqualTo(ConnectionState.CONNECTING);
        assertThat(events.next(ConnectionStateChange.class).current()).isEqualTo(ConnectionState.CONNECTED);
        return client;
    }

    @Test
    void everySeedEventFlowsBetweenTwoUsers() throws Exception {
        long conversation = server.conversation("456", "789");
        EventQueue<ChatEvent> aliceEvents = new EventQueue<>();
        EventQueue<ChatEvent> bobEvents = new EventQueue<>();
        ChatClient alice = connected("456", aliceEvents);
        ChatClient bob = connected("789", bobEvents);
        await(alice.join(conversation));
        await(bob.join(conversation));
        assertThat(alice.joinedConversations()).containsExactly(conversation);

        // send_message: the ack carries the stored message; new_message reaches the room, the
        // notification reaches the receiver.
        Message sent = await(alice.sendMessage(conversation, "789", "Hello world!"));
        assertThat(sent.conversationId()).isEqualTo(conversation);
        assertThat(sent.senderId()).isEqualTo("456");
        assertThat(sent.receiverId()).isEqualTo("789");
        assertThat(sent.content()).isEqualTo("Hello world!");
        assertThat(sent.read()).isFalse();
        assertThat(sent.readAt()).isNull();
        assertThat(bobEvents.skipUntil(Message.class, m -> true)).isEqualTo(sent);
        MessageNotification notified = bobEvents.skipUntil(MessageNotification.class, n -> true);
        assertThat(notified).isEqualTo(new MessageNotification(sent.id(), conversation, "456", "789",
                "Hello world!", false, sent.createdAt(), "new_message"));
        assertThat(aliceEvents.skipUntil(Message.class, m -> true)).isEqualTo(sent);

        // typing, relayed to the other side
        await(bob.typingStart(conversation, "456"));
        assertThat(aliceEvents.skipUntil(TypingStarted.class, t -> true)).isEqualTo(new TypingStarted(conversation, "789"));
        await(bob.typingStop(conversation, "456"));
        assertThat(aliceEvents.skipUntil(TypingStopped.class, t -> true)).isEqualTo(new TypingStopped(conversation, "789"));

        // mark_read: the sender gets the receipt
        await(bob.markRead(conversation));
        MessagesRead receipt = aliceEvents.skipUntil(MessagesRead.class, r -> true);
        assertThat(receipt.conversationId()).isEqualTo(conversation);
        assertThat(receipt.userId()).isEqualTo("789");
        assertThat(receipt.readAt()).isAfterOrEqualTo(sent.createdAt());

        // new_notification, published by the host application
        server.server().chat().publishNotification(new PublishNotification(UserId.of("789"), "Project Update",
                "You have been assigned to Project X", "project_assigned")).orElseThrow();
        Notification notification = bobEvents.skipUntil(Notification.class, n -> true);
        assertThat(notification.userId()).isEqualTo("789");
        assertThat(notification.title()).isEqualTo("Project Update");
        assertThat(notification.message()).isEqualTo("You have been assigned to Project X");
        assertThat(notification.type()).isEqualTo("project_assigned");

        // a rejected command: the future fails with the server's code, and the error event arrives
        ChatClientException rejected = failure(alice.sendMessage(conversation + 1000, "789", "nobody home"));
        assertThat(rejected.code()).isEqualTo("CONVERSATION_NOT_FOUND");
        ServerError error = aliceEvents.skipUntil(ServerError.class, e -> true);
        assertThat(error.code()).isEqualTo("CONVERSATION_NOT_FOUND");
        assertThat(error.message()).isEqualTo(rejected.getMessage());

        // leave: no more new_message from that room (the user room still gets the notification)
        await(bob.leave(conversation));
        assertThat(bob.joinedConversations()).isEmpty();
        Message second = await(alice.sendMessage(conversation, "789", "still there?"));
        assertThat(bobEvents.skipUntil(MessageNotification.class, n -> n.id() == second.id())).isNotNull();

        // every listener call ran on a client's own listener thread, never on a WebSocket I/O thread
        assertThat(listenerThreads).isNotEmpty().allMatch(name -> name.matches("chat-client-\\d+-listener"));
    }

    @Test
    void theAuthorizationHeaderWorksToo() throws Exception {
        EventQueue<ChatEvent> events = new EventQueue<>();
        ChatClient client = client("456", events, AuthMethod.AUTHORIZATION_HEADER, "Bearer " + tokenFor("456"));
        await(client.connect());
        assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void aBadTokenIsRejectedAndTheClientCloses() {
        EventQueue<ChatEvent> events = new EventQueue<>();
        ChatClient client = client("456", events, AuthMethod.AUTH_PAYLOAD, tokenFor("456") + "x");
        ChatClientException rejected = failure(client.connect());
        assertThat(rejected.code()).isEqualTo(ChatClientException.CONNECT_REJECTED);
        assertThat(rejected.getMessage()).isEqualTo("Authentication error: invalid token signature");
        events.skipUntil(ConnectionStateChange.class, c -> c.current() == ConnectionState.CLOSED);
        assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
        // its threads are gone, yet a late command still fails at once instead of hanging
        assertThat(failure(client.markRead(1)).code()).isEqualTo(ChatClientException.CLOSED);
    }

    @Test
    void afterAServerRestartTheClientReconnectsRejoinsAndKeepsWorking() throws Exception {
        long conversation = server.conversation("456", "789");
        EventQueue<ChatEvent> aliceEvents = new EventQueue<>();
        EventQueue<ChatEvent> bobEvents = new EventQueue<>();
        ChatClient alice = connected("456", aliceEvents);
        ChatClient bob = connected("789", bobEvents);
        await(alice.join(conversation));
        await(bob.join(conversation));

        server.restart();

        for (EventQueue<ChatEvent> events : List.of(aliceEvents, bobEvents)) {
            events.skipUntil(ConnectionStateChange.class, c -> c.current() == ConnectionState.RECONNECTING);
            ConnectionStateChange back = events.skipUntil(ConnectionStateChange.class,
                    c -> c.current() == ConnectionState.CONNECTED);
            assertThat(back.reason()).isEqualTo("reconnected");
        }
        // new_message comes only through the conversation's room: Bob got it back by re-joining.
        Message sent = await(alice.sendMessage(conversation, "789", "after the restart"));
        assertThat(bobEvents.skipUntil(Message.class, m -> true)).isEqualTo(sent);
        await(bob.markRead(conversation));
        assertThat(aliceEvents.skipUntil(MessagesRead.class, r -> true).userId()).isEqualTo("789");
    }

    @Test
    void whileTheServerIsDownCommandsFailFastAndTheClientKeepsTrying() throws Exception {
        EventQueue<ChatEvent> events = new EventQueue<>();
        ChatClient alice = connected("456", events);
        server.stop();
        events.skipUntil(ConnectionStateChange.class, c -> c.current() == ConnectionState.RECONNECTING);
        assertThat(failure(alice.markRead(1)).code()).isEqualTo(ChatClientException.NOT_CONNECTED);
        server.startAgain();
        events.skipUntil(ConnectionStateChange.class, c -> c.current() == ConnectionState.CONNECTED);
        long conversation = server.conversation("456", "789");
        await(alice.join(conversation));
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.get(EventQueue.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static ChatClientException failure(Future<?> future) {
        ExecutionException failed = (ExecutionException) org.assertj.core.api.Assertions.catchThrowable(
                () -> future.get(EventQueue.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        assertThat(failed).as("the command's failure").isNotNull();
        assertThat(failed.getCause()).isInstanceOf(ChatClientException.class);
        return (ChatClientException) failed.getCause();
    }
}
