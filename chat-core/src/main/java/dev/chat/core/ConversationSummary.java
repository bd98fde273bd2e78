package dev.chat.core;

import java.util.Objects;

/**
 * One line of a user's conversation list.
 *
 * @param conversation the conversation
 * @param lastMessage the message with the highest id, or {@code null} if there is none yet
 * @param unreadCount how many messages addressed to the listing user are unread
 */
public record ConversationSummary(Conversation conversation, Message lastMessage, long unreadCount) {

    /**
     * Validates the summary.
     *
     * @param conversation the conversation
     * @param lastMessage the message with the highest id, or {@code null} if there is none yet
     * @param unreadCount how many messages addressed to the listing user are unread
     * @throws IllegalArgumentException if the unread count is negative
     */
    public ConversationSummary {
        Objects.requireNonNull(conversation, "conversation");
        if (unreadCount < 0) {
            throw new IllegalArgumentException("unreadCount must not be negative: " + unreadCount);
        }
    }
}
