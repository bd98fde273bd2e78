package dev.chat.core.memory;

import java.util.Arrays;

/**
 * Which conversation each message is in, by message id. The store numbers messages 1, 2, 3, ... with
 * no gap, so this is one {@code int} per message in fixed-size pages: no boxed map entry per
 * message, and no large array copied (under the store's lock) as the store grows. Not thread-safe:
 * the store's lock guards it.
 */
final class ConversationByMessage {

    private static final int PAGE_BITS = 12;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private int[][] pages = new int[4][];
    private long size;

    /**
     * Records the conversation of the next message.
     *
     * @param messageId the next id: one more than the last one added
     * @param conversationId the message's conversation
     */
    void add(long messageId, long conversationId) {
        if (messageId != size + 1) {
            throw new IllegalStateException("message ids must be added in order: " + messageId + " after " + size);
        }
        int page = (int) (size >>> PAGE_BITS);
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page * 2);
        }
        if (pages[page] == null) {
            pages[page] = new int[PAGE_SIZE];
        }
        pages[page][(int) (size & (PAGE_SIZE - 1))] = Math.toIntExact(conversationId);
        size = messageId;
    }

    /**
     * The conversation of a message.
     *
     * @param messageId any id
     * @return the conversation id, or 0 if no message has this id
     */
    long conversationOf(long messageId) {
        if (messageId < 1 || messageId > size) {
            return 0;
        }
        long index = messageId - 1;
        return pages[(int) (index >>> PAGE_BITS)][(int) (index & (PAGE_SIZE - 1))];
    }
}
