package dev.chat.core.port;

import dev.chat.core.Message;
import dev.chat.core.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stores messages. Implementations are thread-safe; {@link #append} and {@link #markRead} are atomic
 * with respect to each other.
 */
public interface MessageStore {

    /**
     * Appends a message, unread. The new message gets an id greater than every message id assigned
     * before (ids are unique across conversations), so history order is id order.
     *
     * <p>Idempotency: if the draft has a client message id and this sender already has a message with
     * that id (in any conversation), nothing is stored and that message is returned with
     * {@code created = false}. Atomic: concurrent appends with the same sender and client message id
     * store exactly one message. Drafts without a client message id are never deduplicated.
     *
     * @param draft the validated message
     * @return the stored message and whether this call created it
     * @throws StoreUnavailableException if the store is unavailable (and nothing was stored)
     */
    AppendResult append(MessageDraft draft);

    /**
     * {@link #append} without waiting: the stage completes once the message is stored (for a
     * durable store, committed), with the same result and guarantees, or exceptionally with what
     * {@code append} would throw ({@link StoreUnavailableException} when the store is unavailable).
     * Stages of one caller complete in the order the drafts were handed over, so ids grow in that
     * order. A store that commits in batches completes the stage on its own thread: dependent
     * actions must not block. The default appends on the calling thread.
     *
     * @param draft the validated message
     * @return the stored message and whether this call created it, to come
     */
    default CompletionStage<AppendResult> appendAsync(MessageDraft draft) {
        try {
            return CompletableFuture.completedFuture(append(draft));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Finds a message by id.
     *
     * @param messageId the id
     * @return the message, or empty
     * @throws StoreUnavailableException if the store is unavailable
     */
    Optional<Message> findMessage(long messageId);

    /**
     * Returns the {@code limit} messages of the conversation with the highest ids below
     * {@code before} (or the highest ids overall if {@code before} is empty), ordered by ascending id.
     *
     * @param conversationId the conversation
     * @param before an exclusive upper bound on ids, or empty
     * @param limit the page size, positive
     * @return the page, oldest to newest; empty if there are no such messages
     * @throws StoreUnavailableException if the store is unavailable
     */
    List<Message> history(long conversationId, OptionalLong before, int limit);

    /**
     * Marks read, with {@code readAt}, every unread message of the conversation whose receiver is
     * {@code reader} and whose {@code createdAt} is not after {@code readAt}. Messages created after
     * {@code readAt} stay unread even if they are stored before this call runs; a message already
     * read keeps its first {@code readAt}. Atomic: no message is counted by two calls, and a
     * concurrent append is either fully before or fully after this call.
     *
     * @param conversationId the conversation
     * @param reader the receiver whose messages become read
     * @param readAt the read time for the whole batch
     * @return how many messages this call turned from unread to read
     * @throws StoreUnavailableException if the store is unavailable (and nothing was marked)
     */
    int markRead(long conversationId, UserId reader, Instant readAt);
}
