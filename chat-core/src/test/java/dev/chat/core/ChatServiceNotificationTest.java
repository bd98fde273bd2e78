package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.chat.core.port.Audience;
import dev.chat.core.port.ConversationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
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

    @Test
    void theNewestFiftyNotificationsAreListedOldestToNewestByDefault() {
        List<Notification> published = publishMany(ALICE, 60);

        assertThat(service.notifications(ALICE, NotificationQuery.latest()).orElseThrow())
                .isEqualTo(published.subList(10, 60));
    }

    @Test
    void notificationsPageBackWithBeforeAndLimit() {
        List<Notification> published = publishMany(ALICE, 10);

        List<Notification> page = service.notifications(ALICE, NotificationQuery.latest().limit(4)).orElseThrow();
        List<Notification> older = service.notifications(ALICE,
                NotificationQuery.latest().before(page.get(0).id()).limit(4)).orElseThrow();
        List<Notification> oldest = service.notifications(ALICE,
                NotificationQuery.latest().before(older.get(0).id()).limit(4)).orElseThrow();

        assertThat(page).isEqualTo(published.subList(6, 10));
        assertThat(older).isEqualTo(published.subList(2, 6));
        assertThat(oldest).isEqualTo(published.subList(0, 2));
        assertThat(service.notifications(ALICE, NotificationQuery.latest().before(oldest.get(0).id())).orElseThrow())
                .isEmpty();
    }

    @Test
    void aUserListsOnlyTheirOwnNotificationsAndNoneIsNoError() {
        List<Notification> bobs = publishMany(BOB, 2);
        publishMany(ALICE, 3);

        assertThat(service.notifications(BOB, NotificationQuery.latest()).orElseThrow()).isEqualTo(bobs);
        assertThat(service.notifications(CAROL, NotificationQuery.latest()).orElseThrow()).isEmpty();
    }

    @Test
    void listingAcceptsTheLimitsBoundsAndRejectsOutOfRangeArguments() {
        publishMany(ALICE, 3);

        assertThat(service.notifications(ALICE, NotificationQuery.latest().limit(200)).orElseThrow()).hasSize(3);
        assertThat(service.notifications(ALICE, NotificationQuery.latest().limit(1)).orElseThrow()).hasSize(1);
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().limit(201)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 200.");
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().limit(0)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 200.");
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().limit(-3)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 200.");
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().before(0)),
                ChatErrorCode.INVALID_ARGUMENT, "before must be a positive notification id.");
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().before(-5).limit(500)),
                ChatErrorCode.INVALID_ARGUMENT, "before must be a positive notification id.");
    }

    @Test
    void theListingLimitsComeFromTheConfiguration() {
        service = newService(store, ConversationPolicy.PARTICIPANTS_ONLY,
                ChatConfig.builder().defaultNotificationLimit(2).maxNotificationLimit(3).build());
        List<Notification> published = publishMany(ALICE, 5);

        assertThat(service.notifications(ALICE, NotificationQuery.latest()).orElseThrow())
                .isEqualTo(published.subList(3, 5));
        assertThat(service.notifications(ALICE, NotificationQuery.latest().limit(3)).orElseThrow())
                .isEqualTo(published.subList(2, 5));
        assertRejected(service.notifications(ALICE, NotificationQuery.latest().limit(4)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 3.");
    }

    @Test
    void aQueryNeedsItsOptionalParts() {
        assertThat(NotificationQuery.latest()).isEqualTo(new NotificationQuery(OptionalLong.empty(), OptionalInt.empty()));
        assertThat(NotificationQuery.latest().before(7).limit(3))
                .isEqualTo(new NotificationQuery(OptionalLong.of(7), OptionalInt.of(3)));
        assertThatNullPointerException()
                .isThrownBy(() -> new NotificationQuery(null, OptionalInt.empty())).withMessage("before");
    }

    /** Publishes {@code count} notifications to the user, taking the event of each. */
    private List<Notification> publishMany(UserId user, int count) {
        List<Notification> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Notification n = service.publishNotification(
                    new PublishNotification(user, "Update " + i, "Body " + i, "project_assigned")).orElseThrow();
            sink.assertNextEmitted(new ChatEvent.NewNotification(n), Audience.user(user));
            published.add(n);
        }
        return published;
    }

    /** "T201" stands for a 201-character text, and so on; other values are used as they are. */
    private static String expand(String value) {
        if (value != null && value.matches("[TMY][0-9]+")) {
            return "x".repeat(Integer.parseInt(value.substring(1)));
        }
        return value;
    }
}
