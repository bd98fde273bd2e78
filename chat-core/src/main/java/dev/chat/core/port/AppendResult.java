package dev.chat.core.port;

import dev.chat.core.Message;
import java.util.Objects;

/**
 * What {@link MessageStore#append(MessageDraft)} did.
 *
 * @param message the stored message: the new one, or the one found for the same sender and client
 *     message id
 * @param created true if this call stored a new message
 */
public record AppendResult(Message message, boolean created) {

    /**
     * Validates that the message is present.
     *
     * @param message the stored message: the new one, or the one found for the same sender and client
     *     message id
     * @param created true if this call stored a new message
     */
    public AppendResult {
        Objects.requireNonNull(message, "message");
    }
}
