package dev.chat.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of marking a conversation read: every message addressed to {@code userId} and stored
 * no later than {@code readAt} is read.
 *
 * @param conversationId the conversation
 * @param userId the user who read
 * @param readAt the one read time given to the whole batch (UTC, millisecond precision)
 * @param markedCount how many messages this call turned from unread to read (may be 0)
 */
public record ReadReceipt(long conversationId, UserId userId, Instant readAt, int markedCount) {

    /**
     * Validates the receipt.
     *
     * @param conversationId the conversation
     * @param userId the user who read
     * @param readAt the one read time given to the whole batch (UTC, millisecond precision)
     * @param markedCount how many messages this call turned from unread to read (may be 0)
     * @throws IllegalArgumentException if the marked count is negative
     */
    public ReadReceipt {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(readAt, "readAt");
        if (markedCount < 0) {
            throw new IllegalArgumentException("markedCount must not be negative: " + markedCount);
        }
    }
}
