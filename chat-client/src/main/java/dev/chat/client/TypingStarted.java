package dev.chat.client;

import java.util.Objects;

/**
 * The server's {@code typing_start} event: {@code userId} is typing in the conversation.
 *
 * @param conversationId the conversation
 * @param userId         who is typing
 */
public record TypingStarted(long conversationId, String userId) implements ChatEvent {
    /** Checks that the user id is present. */
    public TypingStarted {
        Objects.requireNonNull(userId, "userId");
    }
}
