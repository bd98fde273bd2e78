package dev.chat.core.port;

import dev.chat.core.UserId;
import java.time.Instant;

/** Users, times and drafts shared by the store contract classes. */
final class StoreFixtures {

    static final UserId ALICE = UserId.of(456);
    static final UserId BOB = UserId.of(789);
    static final UserId CAROL = UserId.of("3f2b8c1e-9a4d-4c7e-8f10-2b6a5d9e0c11");
    static final UserId DAVE = UserId.of("dave@example.com");

    /** A time with a non-zero millisecond part, so that precision loss shows. */
    static final Instant T0 = Instant.parse("2023-10-27T10:00:00.123Z");

    private StoreFixtures() {
    }

    static Instant at(long millisAfterT0) {
        return T0.plusMillis(millisAfterT0);
    }

    static MessageDraft draft(long conversationId, UserId sender, UserId receiver, String content, Instant createdAt) {
        return new MessageDraft(conversationId, sender, receiver, content, createdAt, null);
    }

    static MessageDraft draft(long conversationId, UserId sender, UserId receiver, String content, Instant createdAt,
            String clientMessageId) {
        return new MessageDraft(conversationId, sender, receiver, content, createdAt, clientMessageId);
    }

    static NotificationDraft notification(UserId user, String title, Instant createdAt) {
        return new NotificationDraft(user, title, "You have been assigned to " + title, "project_assigned", createdAt);
    }
}
