package dev.chat.core.port;

import dev.chat.core.ConversationSummary;
import dev.chat.core.UserId;
import java.util.List;

/**
 * All the chat's durable state behind one object, so that queries spanning conversations and
 * messages (the conversation list) can be answered by one backend. Implementations are thread-safe
 * and must pass the store contract suite in chat-core's test-jar
 * ({@code dev.chat.core.port.*StoreContract}).
 */
public interface ChatStore extends ConversationStore, MessageStore, NotificationStore {

    /**
     * Lists the user's conversations with their last message (highest id) and the number of unread
     * messages addressed to the user, most recent activity first: by the last message's
     * {@code createdAt}, or the conversation's {@code createdAt} when it has no message; ties broken
     * by higher conversation id first.
     *
     * @param user the user
     * @param limit the most summaries to return, positive
     * @return the summaries
     * @throws StoreUnavailableException if the store is unavailable
     */
    List<ConversationSummary> summaries(UserId user, int limit);

    /**
     * Whether calls may block the calling thread (on I/O, a remote database, a commit). A host runs
     * the chat of a non-blocking store inline on its I/O threads, and that of a blocking store on a
     * worker pool. The default is the safe answer, {@code true}; a store whose every call returns
     * after a short, bounded amount of in-memory work may answer {@code false}.
     *
     * @return true if calls may block
     */
    default boolean isBlocking() {
        return true;
    }
}
