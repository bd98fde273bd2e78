package dev.chat.core;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A page of a conversation's history: the {@code limit} newest messages whose id is below
 * {@code before}, returned oldest to newest. To page back, pass the smallest id of the previous page
 * as the next {@code before}.
 *
 * @param conversationId the conversation
 * @param before only messages with a smaller id; empty for the newest page
 * @param limit page size; empty for {@link ChatConfig#defaultHistoryLimit()}, at most
 *     {@link ChatConfig#maxHistoryLimit()}
 */
public record HistoryQuery(long conversationId, OptionalLong before, OptionalInt limit) {

    /**
     * Validates that the optional parts are present (possibly empty).
     *
     * @param conversationId the conversation
     * @param before only messages with a smaller id; empty for the newest page
     * @param limit page size; empty for {@link ChatConfig#defaultHistoryLimit()}, at most
     *     {@link ChatConfig#maxHistoryLimit()}
     */
    public HistoryQuery {
        java.util.Objects.requireNonNull(before, "before");
        java.util.Objects.requireNonNull(limit, "limit");
    }

    /**
     * Returns the newest page with the default size.
     *
     * @param conversationId the conversation
     * @return the query
     */
    public static HistoryQuery latest(long conversationId) {
        return new HistoryQuery(conversationId, OptionalLong.empty(), OptionalInt.empty());
    }

    /**
     * Returns a copy that pages back from a message id.
     *
     * @param messageId only messages with a smaller id
     * @return the query
     */
    public HistoryQuery before(long messageId) {
        return new HistoryQuery(conversationId, OptionalLong.of(messageId), limit);
    }

    /**
     * Returns a copy with an explicit page size.
     *
     * @param size the page size
     * @return the query
     */
    public HistoryQuery limit(int size) {
        return new HistoryQuery(conversationId, before, OptionalInt.of(size));
    }
}
