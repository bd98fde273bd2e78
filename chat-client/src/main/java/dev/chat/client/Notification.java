package dev.chat.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The server's {@code new_notification} event: a system notification for this user.
 *
 * @param id        the notification id
 * @param userId    this user
 * @param title     a short title
 * @param message   the text
 * @param type      the application's type, such as {@code "project_assigned"}
 * @param createdAt when the server stored it
 */
public record Notification(long id, String userId, String title, String message, String type,
                           Instant createdAt) implements ChatEvent {
    /** Checks that the fields are present. */
    public Notification {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
