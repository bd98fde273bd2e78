package dev.chat.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The server's {@code message_notification} event: a message was sent to this user, whichever
 * conversations this client has joined (for an unread badge or a toast).
 *
 * @param id             the message id
 * @param conversationId the conversation it belongs to
 * @param senderId       who sent it
 * @param receiverId     this user
 * @param content        the text
 * @param read           whether it is read (false when just sent)
 * @param createdAt      when the server stored it
 * @param type           the notification type, {@code "new_message"}
 */
public record MessageNotification(long id, long conversationId, String senderId, String receiverId,
                                  String content, boolean read, Instant createdAt, String type)
        implements ChatEvent {
    /** Checks that the required fields are present. */
    public MessageNotification {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(type, "type");
    }
}
