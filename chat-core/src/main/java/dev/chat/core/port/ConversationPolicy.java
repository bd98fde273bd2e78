package dev.chat.core.port;

import dev.chat.core.Conversation;
import dev.chat.core.UserId;

/**
 * Decides who may open and who may join a conversation. Implementations are thread-safe, fast and do
 * not throw. Sending, marking read and typing always require being a participant, whatever the policy.
 *
 * <p>The domain keeps no user registry: a host that must refuse conversations with unknown or blocked
 * users does so in {@link #mayOpen}.
 */
public interface ConversationPolicy {

    /** Any two different users may open a conversation; only participants may join or read it. */
    ConversationPolicy PARTICIPANTS_ONLY = new ConversationPolicy() { };

    /**
     * Whether {@code opener} may open (or get) the conversation with {@code other}.
     *
     * @param opener the user asking
     * @param other the other participant
     * @return true by default
     */
    default boolean mayOpen(UserId opener, UserId other) {
        return true;
    }

    /**
     * Whether {@code user} may join the conversation's live feed and read its history.
     *
     * @param user the user asking
     * @param conversation the conversation
     * @return by default, whether the user is a participant
     */
    default boolean mayJoin(UserId user, Conversation conversation) {
        return conversation.hasParticipant(user);
    }
}
