package dev.chat.core.port;

import dev.chat.core.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the service has validated and asks the store to append.
 *
 * @param conversationId an existing conversation
 * @param senderId a participant
 * @param receiverId the other participant
 * @param content the text
 * @param createdAt the creation time (UTC, millisecond precision)
 * @param clientMessageId the sender's idempotency key, or {@code null}
 */
public record MessageDraft(
        long conversationId, UserId senderId, UserId receiverId, String content, Instant createdAt,
        String clientMessageId) {

    /**
     * Validates that the required parts are present.
     *
     * @param conversationId an existing conversation
     * @param senderId a participant
     * @param receiverId the other participant
     * @param content the text
     * @param createdAt the creation time (UTC, millisecond precision)
     * @param clientMessageId the sender's idempotency key, or {@code null}
     */
    public MessageDraft {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
