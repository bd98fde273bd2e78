package dev.chat.client;

import java.util.Objects;

/**
 * The server's {@code typing_stop} event: {@code userId} stopped typing (or their typing expired).
 *
 * @param conversationId the conversation
 * @param userId         who stopped typing
 */
public record TypingStopped(long conversationId, String userId) implements ChatEvent {
    /** Checks that the user id is present. */
    public TypingStopped {
        Objects.requireNonNull(userId, "userId");
    }
}
