package dev.chat.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored chat message.
 *
 * @param id the store-assigned id, positive, strictly increasing in store order
 * @param conversationId the conversation it belongs to
 * @param senderId the participant who sent it
 * @param receiverId the other participant
 * @param content the text as sent (not trimmed)
 * @param read whether the receiver has marked it read
 * @param readAt when it was marked read, or {@code null} while unread
 * @param createdAt when it was stored (UTC, millisecond precision)
 * @param clientMessageId the sender's idempotency key, or {@code null} if the sender gave none
 */
public record Message(
        long id,
        long conversationId,
        UserId senderId,
        UserId receiverId,
        String content,
        boolean read,
        Instant readAt,
        Instant createdAt,
        String clientMessageId) {

    /**
     * Validates the message.
     *
     * @param id the store-assigned id, positive, strictly increasing in store order
     * @param conversationId the conversation it belongs to
     * @param senderId the participant who sent it
     * @param receiverId the other participant
     * @param content the text as sent (not trimmed)
     * @param read whether the receiver has marked it read
     * @param readAt when it was marked read, or {@code null} while unread
     * @param createdAt when it was stored (UTC, millisecond precision)
     * @param clientMessageId the sender's idempotency key, or {@code null} if the sender gave none
     * @throws IllegalArgumentException if an id is not positive, or {@code read} and {@code readAt}
     *     disagree
     */
    public Message {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id <= 0) {
            throw new IllegalArgumentException("message id must be positive: " + id);
        }
        if (conversationId <= 0) {
            throw new IllegalArgumentException("conversation id must be positive: " + conversationId);
        }
        if (read != (readAt != null)) {
            throw new IllegalArgumentException("readAt must be set exactly when the message is read");
        }
    }

    /**
     * Returns this message marked read at the given time.
     *
     * @param at the read time
     * @return a copy with {@code read = true} and {@code readAt = at}
     */
    public Message markedRead(Instant at) {
        Objects.requireNonNull(at, "at");
        return new Message(id, conversationId, senderId, receiverId, content, true, at, createdAt, clientMessageId);
    }
}
