package dev.chat.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.client.ChatClient;
import dev.chat.client.ChatClientException;
import dev.chat.client.ChatEvent;
import dev.chat.client.ChatListener;
import dev.chat.client.Notification;
import dev.chat.core.ChatErrorCode;
import dev.chat.core.UserId;
import dev.chat.examples.support.EventQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The embedding example: the shop's sessions identify users, its rule decides conversations, its orders notify. */
@Timeout(60)
class EmbeddedChatAppTest {
    final EmbeddedChatApp app = EmbeddedChatApp.start(0);

    @AfterEach
    void stop() {
        app.close();
    }

    ChatClient client(String token, EventQueue<ChatEvent> events) {
        return ChatClient.builder()
                .serverUri("http://127.0.0.1:" + app.address().getPort())
                .token(token)
                .listener(new ChatListener() {
                    @Override
                    public void onEvent(ChatEvent event) {
                        events.add(event);
                    }
                }).build();
    }

    @Test
    void shippingAnOrderNotifiesTheCustomerInRealTime() throws Exception {
        EventQueue<ChatEvent> events = new EventQueue<>();
        try (ChatClient customer = client(app.sessions().login("customer-42"), events)) {
            customer.connect().get(10, TimeUnit.SECONDS);
            long support = app.server().chat().openConversation(UserId.of("customer-42"), UserId.of("support-1"))
                    .orElseThrow().id();
            customer.join(support).get(10, TimeUnit.SECONDS); // an acknowledged round trip: the server knows the customer
            app.orders().ship("customer-42", "A-1001");
            Notification shipped = events.skipUntil(Notification.class, n -> true);
            assertThat(shipped.userId()).isEqualTo("customer-42");
            assertThat(shipped.title()).isEqualTo("Order shipped");
            assertThat(shipped.message()).isEqualTo("Your order A-1001 is on its way.");
            assertThat(shipped.type()).isEqualTo("order_shipped");
        }
    }

    @Test
    void theShopsSessionsDecideWhoConnects() throws Exception {
        String token = app.sessions().login("customer-42");
        app.sessions().logout(token);
        try (ChatClient stranger = client(token, new EventQueue<>())) {
            ExecutionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                    ExecutionException.class, () -> stranger.connect().get(10, TimeUnit.SECONDS));
            assertThat(((ChatClientException) refused.getCause()).code()).isEqualTo(ChatClientException.CONNECT_REJECTED);
        }
    }

    @Test
    void customersMayOnlyOpenConversationsWithSupport() {
        var chat = app.server().chat();
        assertThat(chat.openConversation(UserId.of("customer-42"), UserId.of("support-1")).isOk()).isTrue();
        assertThat(chat.openConversation(UserId.of("customer-42"), UserId.of("customer-7")).rejection())
                .hasValueSatisfying(error -> assertThat(error.code()).isNotEqualTo(ChatErrorCode.INTERNAL));
    }
}
