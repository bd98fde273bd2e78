package dev.chat.core.port;

import dev.chat.core.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A notification the service has validated and asks the store to append.
 *
 * @param userId the user it is for
 * @param title the title
 * @param message the body
 * @param type the kind
 * @param createdAt the creation time (UTC, millisecond precision)
 */
public record NotificationDraft(UserId userId, String title, String message, String type, Instant createdAt) {

    /**
     * Validates that every part is present.
     *
     * @param userId the user it is for
     * @param title the title
     * @param message the body
     * @param type the kind
     * @param createdAt the creation time (UTC, millisecond precision)
     */
    public NotificationDraft {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
