package dev.chat.client;

import java.time.Instant;
import java.util.Objects;

/**
 * The server's {@code messages_read} event: {@code userId} read every message sent to them in the
 * conversation, at {@code readAt}.
 *
 * @param conversationId the conversation
 * @param userId         the user who read
 * @param readAt         when
 */
public record MessagesRead(long conversationId, String userId, Instant readAt) implements ChatEvent {
    /** Checks that the fields are present. */
    public MessagesRead {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(readAt, "readAt");
    }
}
