package dev.chat.core.internal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks by conversation id. Holding a conversation's lock across store call and emission
 * makes this instance emit the conversation's messages and receipts in store order, and take
 * {@code createdAt} / {@code readAt} in that same order.
 *
 * <p>A stripe is held across a store call that may block (a durable store commits before it returns),
 * so there are enough stripes that unrelated conversations rarely wait for each other and a
 * group-committing store still sees many appends at once.
 */
final class ConversationLocks {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ConversationLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(long conversationId) {
        // Fibonacci hashing spreads consecutive ids over the stripes.
        long mixed = conversationId * 0x9E3779B97F4A7C15L;
        return stripes[(int) (mixed >>> (Long.SIZE - Integer.numberOfTrailingZeros(STRIPES)))];
    }
}
