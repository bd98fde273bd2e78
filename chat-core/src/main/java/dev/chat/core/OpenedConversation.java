package dev.chat.core;

import java.util.Objects;

/**
 * The conversation of a pair of users as an open-or-get call found it, and whether that call
 * created it. Of any number of concurrent calls for the same pair, exactly one reports
 * {@code created}.
 *
 * @param conversation the new or existing conversation
 * @param created true if this call created the conversation, false if it already existed
 */
public record OpenedConversation(Conversation conversation, boolean created) {

    /**
     * Validates that the conversation is present.
     *
     * @param conversation the new or existing conversation
     * @param created true if this call created the conversation, false if it already existed
     */
    public OpenedConversation {
        Objects.requireNonNull(conversation, "conversation");
    }
}
