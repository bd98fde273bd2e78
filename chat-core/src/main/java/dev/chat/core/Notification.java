package dev.chat.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored system notification for one user ("Project assigned", "Payment received").
 *
 * @param id the store-assigned id, positive, strictly increasing in store order
 * @param userId the user it is for
 * @param title a short title
 * @param message the body text
 * @param type an application-defined kind, for example {@code project_assigned}
 * @param createdAt when it was stored (UTC, millisecond precision)
 */
public record Notification(long id, UserId userId, String title, String message, String type, Instant createdAt) {

    /**
     * Validates the notification.
     *
     * @param id the store-assigned id, positive, strictly increasing in store order
     * @param userId the user it is for
     * @param title a short title
     * @param message the body text
     * @param type an application-defined kind, for example {@code project_assigned}
     * @param createdAt when it was stored (UTC, millisecond precision)
     * @throws IllegalArgumentException if the id is not positive
     */
    public Notification {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id <= 0) {
            throw new IllegalArgumentException("notification id must be positive: " + id);
        }
    }
}
