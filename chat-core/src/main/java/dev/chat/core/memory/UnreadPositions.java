package dev.chat.core.memory;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The positions, in ascending order, of one receiver's unread messages in a {@link MessageLog}: a
 * bare {@code int} array, so that marking read costs the unread count, not the conversation length,
 * without an {@code Integer} per unread message. Not thread-safe: the store's lock guards it.
 */
final class UnreadPositions {

    private static final int FIRST_CAPACITY = 8;

    private int[] positions = new int[FIRST_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    void add(int position) {
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size + (size >> 1));
        }
        positions[size++] = position;
    }

    /**
     * Removes the positions {@code read} accepts, keeping the others in order.
     *
     * @return how many were removed
     */
    int removeIf(IntPredicate read) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int position = positions[i];
            if (!read.test(position)) {
                positions[kept++] = position;
            }
        }
        int removed = size - kept;
        size = kept;
        return removed;
    }
}
