package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.port.Audience;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChatServiceNotificationTest extends ChatServiceTestSupport {

    @Test
    void aNotificationIsStoredThenEmittedToEveryConnectionOfItsUser() {
        Notification n = service.publishNotification(new PublishNotification(
                BOB, "Project Update", "You have been assigned to Project X", "project_assigned")).orElseThrow();

        assertThat(n).isEqualTo(new Notification(n.id(), BOB, "Project Update",
                "You have been assigned to Project X", "project_assigned", T0_MILLIS));
        assertThat(store.notifications(BOB, OptionalLong.empty(), 10)).containsExactly(n);
        sink.assertNextEmitted(new ChatEvent.NewNotification(n), Audience.user(BOB));
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL   | body | kind | Notification title must not be empty.",
        "'  '   | body | kind | Notification title must not be empty.",
        "T201   | body | kind | Notification title must be at most 200 characters.",
        "title  | NULL | kind | Notification message must not be empty.",
        "title  | ''   | kind | Notification message must not be empty.",
        "title  | M10001 | kind | Notification message must be at most 10000 characters.",
        "title  | body | NULL | Notification type must not be empty.",
        "title  | body | ' '  | Notification type must not be empty.",
        "title  | body | Y65  | Notification type must be at most 64 characters.",
    })
    void invalidNotificationsAreRejectedAndNotStored(String title, String message, String type, String sentence) {
        Result<Notification> result = service.publishNotification(
                new PublishNotification(ALICE, expand(title), expand(message), expand(type)));

        assertRejected(result, ChatErrorCode.INVALID_ARGUMENT, sentence);
        assertThat(store.notifications(ALICE, OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void textsAtTheirLimitsAreAccepted() {
        Notification n = service.publishNotification(new PublishNotification(
                ALICE, "t".repeat(200), "m".repeat(10_000), "y".repeat(64))).orElseThrow();

        sink.assertNextEmitted(new ChatEvent.NewNotification(n), Audience.user(ALICE));
    }

    /** "T201" stands for a 201-character text, and so on; other values are used as they are. */
    private static String expand(String value) {
        if (value != null && value.matches("[TMY][0-9]+")) {
            return "x".repeat(Integer.parseInt(value.substring(1)));
        }
        return value;
    }
}
