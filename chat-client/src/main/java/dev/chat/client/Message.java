package dev.chat.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat message: the server's {@code new_message} event, and the value a successful
 * {@link ChatClient#sendMessage} completes with.
 *
 * <p>User ids are strings: numeric ids arrive as JSON numbers and are kept here in their decimal form
 * ({@code "456"}), other ids (UUIDs) as they are.
 *
 * @param id             the message id, assigned by the server, increasing within a conversation
 * @param conversationId the conversation it belongs to
 * @param senderId       who sent it
 * @param receiverId     the other participant
 * @param content        the text
 * @param read           whether the receiver has read it
 * @param readAt         when the receiver read it, or {@code null} while unread
 * @param createdAt      when the server stored it (UTC, millisecond precision)
 */
public record Message(long id, long conversationId, String senderId, String receiverId, String content,
                      boolean read, Instant readAt, Instant createdAt) implements ChatEvent {
    /** Checks that the required fields are present. */
    public Message {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
