package dev.chat.core;

import java.util.Objects;

/**
 * A request to store a system notification for a user and push it to their connections.
 *
 * @param userId the user it is for
 * @param title a short title; not blank, at most {@link ChatConfig#maxNotificationTitleLength()}
 * @param message the body; not blank, at most {@link ChatConfig#maxNotificationMessageLength()}
 * @param type an application-defined kind such as {@code project_assigned}; not blank, at most
 *     {@link ChatConfig#maxNotificationTypeLength()}
 */
public record PublishNotification(UserId userId, String title, String message, String type) {

    /**
     * Validates that the user is present; the texts are validated by the service.
     *
     * @param userId the user it is for
     * @param title a short title; not blank, at most {@link ChatConfig#maxNotificationTitleLength()}
     * @param message the body; not blank, at most {@link ChatConfig#maxNotificationMessageLength()}
     * @param type an application-defined kind such as {@code project_assigned}; not blank, at most
     *     {@link ChatConfig#maxNotificationTypeLength()}
     */
    public PublishNotification {
        Objects.requireNonNull(userId, "userId");
    }
}
