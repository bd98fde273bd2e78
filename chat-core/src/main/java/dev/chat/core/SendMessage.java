package dev.chat.core;

import java.util.Objects;

/**
 * A request to send a message into a conversation.
 *
 * <p>Start with {@link #of(long, String)} and add the optional parts with {@link #toUser(UserId)} and
 * {@link #withClientMessageId(String)}.
 *
 * @param conversationId the conversation
 * @param content the text; validated by the service (may be null here: rejected as empty)
 * @param toUserId the intended receiver, or {@code null}; if given it must be the other participant
 * @param clientMessageId the sender's idempotency key, or {@code null}; a repeated send with the same
 *     key returns the stored message and emits nothing
 */
public record SendMessage(long conversationId, String content, UserId toUserId, String clientMessageId) {

    /**
     * Returns a send with no receiver check and no idempotency key.
     *
     * @param conversationId the conversation
     * @param content the text
     * @return the command
     */
    public static SendMessage of(long conversationId, String content) {
        return new SendMessage(conversationId, content, null, null);
    }

    /**
     * Returns a copy that names the intended receiver.
     *
     * @param receiver the other participant
     * @return the command
     */
    public SendMessage toUser(UserId receiver) {
        return new SendMessage(conversationId, content, Objects.requireNonNull(receiver, "receiver"), clientMessageId);
    }

    /**
     * Returns a copy that carries an idempotency key.
     *
     * @param id the sender's key for this message
     * @return the command
     */
    public SendMessage withClientMessageId(String id) {
        return new SendMessage(conversationId, content, toUserId, Objects.requireNonNull(id, "id"));
    }
}
