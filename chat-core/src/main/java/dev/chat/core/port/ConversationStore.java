package dev.chat.core.port;

import dev.chat.core.Conversation;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores conversations. Implementations are thread-safe.
 */
public interface ConversationStore {

    /**
     * Returns the conversation of an unordered pair of users, creating it if there is none, and says
     * whether this call created it. Atomic: concurrent calls for the same pair (in either order) all
     * return the same conversation, and exactly one of them reports {@code created}. A new
     * conversation gets an id greater than every id assigned before, participants in the order given,
     * and {@code createdAt}; an existing one is returned unchanged with {@code created} false.
     *
     * @param first one participant
     * @param second the other participant, different from {@code first}
     * @param createdAt the creation time to use if the conversation is new
     * @return the new or existing conversation, and whether this call created it
     * @throws StoreUnavailableException if the store is unavailable
     */
    OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt);

    /**
     * Returns the conversation of an unordered pair of users, creating it if there is none: the
     * conversation of {@link #openOrGetConversation}, for callers that do not care whether it is new.
     *
     * @param first one participant
     * @param second the other participant, different from {@code first}
     * @param createdAt the creation time to use if the conversation is new
     * @return the new or existing conversation
     * @throws StoreUnavailableException if the store is unavailable
     */
    default Conversation openConversation(UserId first, UserId second, Instant createdAt) {
        return openOrGetConversation(first, second, createdAt).conversation();
    }

    /**
     * Finds a conversation by id.
     *
     * @param conversationId the id
     * @return the conversation, or empty if there is none with this id
     * @throws StoreUnavailableException if the store is unavailable
     */
    Optional<Conversation> findConversation(long conversationId);

    /**
     * Finds the conversation of an unordered pair of users.
     *
     * @param a one user
     * @param b the other user
     * @return the conversation, or empty if the pair has none
     * @throws StoreUnavailableException if the store is unavailable
     */
    Optional<Conversation> findConversationBetween(UserId a, UserId b);
}
