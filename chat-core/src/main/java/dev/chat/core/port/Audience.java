package dev.chat.core.port;

import dev.chat.core.UserId;

/**
 * A group of connections an event is addressed to. A host maps each audience to one Socket.IO room.
 */
public sealed interface Audience permits ConversationAudience, UserAudience {

    /**
     * Returns the audience of a conversation's live feed.
     *
     * @param conversationId the conversation
     * @return the connections that joined it
     */
    static ConversationAudience conversation(long conversationId) {
        return new ConversationAudience(conversationId);
    }

    /**
     * Returns the audience of every connection of a user.
     *
     * @param user the user
     * @return the user's connections
     */
    static UserAudience user(UserId user) {
        return new UserAudience(user);
    }
}
