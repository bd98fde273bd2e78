package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.ChatError;
import dev.chat.core.ChatErrorCode;
import dev.chat.core.ChatEvent;
import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden vectors: the seed's examples, field for field. */
class ChatWireEncoderTest {

    private static final Instant T0 = Instant.parse("2023-10-27T10:00:00Z");
    private static final Message SEED_MESSAGE = new Message(
            101, 123, UserId.of(456), UserId.of(789), "Hello world!", false, null, T0, null);

    private static String wire(ChatEvent event) {
        ChatWireEncoder.WireEvent wire = ChatWireEncoder.encode(event);
        return wire.name() + " " + wire.payload();
    }

    @Test
    void newMessageIsTheSeedsMessageObject() {
        assertThat(wire(new ChatEvent.NewMessage(SEED_MESSAGE))).isEqualTo("new_message "
                + "{\"id\":101,\"conversation_id\":123,\"sender_id\":456,\"receiver_id\":789,"
                + "\"content\":\"Hello world!\",\"is_read\":false,\"read_at\":null,"
                + "\"created_at\":\"2023-10-27T10:00:00.000Z\"}");
    }

    @Test
    void readMessageCarriesItsReadTime() {
        Message read = SEED_MESSAGE.markedRead(Instant.parse("2023-10-27T10:05:00.123456Z"));
        assertThat(ChatWireEncoder.message(read).toString()).contains(
                "\"is_read\":true,\"read_at\":\"2023-10-27T10:05:00.123Z\"");
    }

    @Test
    void messageNotificationHasTypeAndNoReadAt() {
        assertThat(wire(new ChatEvent.MessageNotification(SEED_MESSAGE))).isEqualTo("message_notification "
                + "{\"id\":101,\"conversation_id\":123,\"sender_id\":456,\"receiver_id\":789,"
                + "\"content\":\"Hello world!\",\"is_read\":false,"
                + "\"created_at\":\"2023-10-27T10:00:00.000Z\",\"type\":\"new_message\"}");
    }

    @Test
    void receiptsAndTypingAreCamelCase() {
        assertThat(wire(new ChatEvent.MessagesRead(123, UserId.of(456), Instant.parse("2023-10-27T10:05:00Z"))))
                .isEqualTo("messages_read {\"conversationId\":123,\"userId\":456,\"readAt\":\"2023-10-27T10:05:00.000Z\"}");
        assertThat(wire(new ChatEvent.TypingStarted(123, UserId.of(456))))
                .isEqualTo("typing_start {\"conversationId\":123,\"userId\":456}");
        assertThat(wire(new ChatEvent.TypingStopped(123, UserId.of(456), ChatEvent.TypingStopReason.EXPIRED)))
                .isEqualTo("typing_stop {\"conversationId\":123,\"userId\":456}");
    }

    @Test
    void newNotificationIsTheSeedsNotificationObject() {
        Notification n = new Notification(50, UserId.of(789), "Project Update", "You have been assigned to Project X",
                "project_assigned", Instant.parse("2023-10-27T12:00:00Z"));
        assertThat(wire(new ChatEvent.NewNotification(n))).isEqualTo("new_notification "
                + "{\"id\":50,\"user_id\":789,\"title\":\"Project Update\","
                + "\"message\":\"You have been assigned to Project X\",\"type\":\"project_assigned\","
                + "\"created_at\":\"2023-10-27T12:00:00.000Z\"}");
    }

    @Test
    void nonNumericUserIdsStayStrings() {
        assertThat(wire(new ChatEvent.TypingStarted(1, UserId.of("u-7f3a"))))
                .isEqualTo("typing_start {\"conversationId\":1,\"userId\":\"u-7f3a\"}");
        assertThat(ChatWireEncoder.userId(UserId.of("0456")).toString()).isEqualTo("\"0456\"");
        assertThat(ChatWireEncoder.userId(UserId.of("9223372036854775807")).toString()).isEqualTo("9223372036854775807");
    }

    @Test
    void conversationsAndSummaries() {
        Conversation c = new Conversation(123, UserId.of(456), UserId.of(789), T0);
        assertThat(ChatWireEncoder.conversation(c).toString())
                .isEqualTo("{\"id\":123,\"participants\":[456,789],\"created_at\":\"2023-10-27T10:00:00.000Z\"}");
        assertThat(ChatWireEncoder.summary(new ConversationSummary(c, null, 0)).toString())
                .isEqualTo("{\"id\":123,\"participants\":[456,789],\"created_at\":\"2023-10-27T10:00:00.000Z\","
                        + "\"last_message\":null,\"unread_count\":0}");
        assertThat(ChatWireEncoder.summary(new ConversationSummary(c, SEED_MESSAGE, 3)).get("last_message"))
                .isEqualTo(ChatWireEncoder.message(SEED_MESSAGE));
    }

    @Test
    void timesAreWrittenExactlyAsTheIsoFormatterWritesThem() {
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Instant> instants = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochMilli(-1),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.999Z"),
                Instant.parse("2000-02-29T12:34:56.789Z"), Instant.parse("2023-10-27T10:00:00Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z")));
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochMilli(random.nextLong(-62_167_219_200_000L, 253_402_300_800_000L)));
        }
        for (Instant instant : instants) {
            assertThat(ChatWireEncoder.time(instant)).as(instant.toString()).isEqualTo(iso.format(instant));
        }
    }

    @Test
    void errorsHaveMessageAndLowerCaseCode() {
        ChatError error = new ChatError(ChatErrorCode.NOT_PARTICIPANT, "not yours");
        assertThat(ChatWireEncoder.code(error)).isEqualTo("NOT_PARTICIPANT");
        assertThat(ChatWireEncoder.error("NOT_PARTICIPANT", "not yours").toString())
                .isEqualTo("{\"message\":\"not yours\",\"code\":\"NOT_PARTICIPANT\"}");
    }
}
