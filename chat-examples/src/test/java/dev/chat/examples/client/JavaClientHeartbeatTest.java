package dev.chat.examples.client;

import static dev.chat.examples.support.TestChatServer.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.client.ChatClient;
import dev.chat.client.ChatEvent;
import dev.chat.client.ChatListener;
import dev.chat.client.ConnectionState;
import dev.chat.client.ConnectionStateChange;
import dev.chat.examples.support.EventQueue;
import dev.chat.examples.support.TestChatServer;
import dev.chat.server.engineio.EngineConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client answers the real server's heartbeat: with a 200 ms ping interval and a 400 ms timeout, a
 * connection that did not pong would be closed within 600 ms. After ten intervals it is the same connection.
 * (The timeout leaves room for a loaded machine: at 100 ms, a 100 ms stall of either JVM failed the test.)
 */
@Timeout(30)
class JavaClientHeartbeatTest {

    @Test
    void theConnectionOutlivesManyPingIntervals() throws Exception {
        EngineConfig fastHeartbeat = EngineConfig.builder()
                .pingInterval(Duration.ofMillis(200)).pingTimeout(Duration.ofMillis(400)).build();
        try (TestChatServer server = TestChatServer.start(builder -> builder.engineConfig(fastHeartbeat))) {
            long conversation = server.conversation("456", "789");
            EventQueue<ChatEvent> events = new EventQueue<>();
            try (ChatClient client = ChatClient.builder()
                    .serverUri(server.uri().toString())
                    .token(tokenFor("456"))
                    .listener(new ChatListener() {
                        @Override
                        public void onEvent(ChatEvent event) {
                            events.add(event);
                        }
                    }).build()) {
                client.connect().get(10, TimeUnit.SECONDS);
                assertThat(events.next(ConnectionStateChange.class).current()).isEqualTo(ConnectionState.CONNECTING);
                assertThat(events.next(ConnectionStateChange.class).current()).isEqualTo(ConnectionState.CONNECTED);

                // Ten ping intervals pass (the thing under test is time passing), then a command round trip.
                CompletableFuture<Void> joined = CompletableFuture
                        .supplyAsync(() -> null, CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS))
                        .thenCompose(ignored -> client.join(conversation));
                joined.get(10, TimeUnit.SECONDS);

                assertThat(client.state()).isEqualTo(ConnectionState.CONNECTED);
                events.assertEmpty(); // no RECONNECTING: the server never timed the connection out
            }
        }
    }
}
