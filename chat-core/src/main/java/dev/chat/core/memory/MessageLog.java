package dev.chat.core.memory;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.core.port.MessageDraft;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * One conversation's messages in id order, kept as columns: ids, creation and read times in epoch
 * milliseconds, which participant sent each, the content as given, and per receiver the positions of
 * the unread ones. {@link Message} records are made only when asked for. Every message stays on the
 * heap, and a collection copies what survives it: as columns a message is a few array slots and its
 * content, not a record with an {@code Instant}, a {@code UserId} and boxed index entries.
 *
 * <p>Times are kept to the millisecond, the domain's precision: the service truncates to it, and the
 * JDBC store keeps no more. Not thread-safe: the store's lock guards it.
 */
final class MessageLog {

    private static final int FIRST_CAPACITY = 8;
    /** The read time of an unread message. */
    private static final long UNREAD = Long.MIN_VALUE;

    private final Conversation conversation;
    private int size;
    private long[] ids = new long[FIRST_CAPACITY];
    private long[] createdAt = new long[FIRST_CAPACITY];
    /** Read times, {@link #UNREAD} for unread messages and free slots; null until a message is read. */
    private long[] readAt;
    private String[] contents = new String[FIRST_CAPACITY];
    /** Whether the conversation's second participant sent each message (else its first did). */
    private boolean[] fromSecond = new boolean[FIRST_CAPACITY];
    /** Client message ids; null until a message has one. */
    private String[] clientMessageIds;
    private final UnreadPositions unreadOfFirst = new UnreadPositions();
    private final UnreadPositions unreadOfSecond = new UnreadPositions();

    MessageLog(Conversation conversation) {
        this.conversation = conversation;
    }

    /**
     * Appends the draft's message, unread.
     *
     * @param id the message's id, above every id in this log
     * @param draft a draft for this conversation, from one participant to the other
     * @return the stored message
     * @throws IllegalArgumentException if sender and receiver are not the two participants; nothing
     *     is stored then
     */
    Message append(long id, MessageDraft draft) {
        boolean bySecond = sentBySecond(draft);
        long created = draft.createdAt().toEpochMilli();
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        createdAt[size] = created;
        contents[size] = draft.content();
        fromSecond[size] = bySecond;
        if (draft.clientMessageId() != null) {
            if (clientMessageIds == null) {
                clientMessageIds = new String[ids.length];
            }
            clientMessageIds[size] = draft.clientMessageId();
        }
        (bySecond ? unreadOfFirst : unreadOfSecond).add(size);
        size++;
        Instant at = draft.createdAt().getNano() % 1_000_000 == 0 ? draft.createdAt() : Instant.ofEpochMilli(created);
        return new Message(id, conversation.id(), draft.senderId(), draft.receiverId(), draft.content(), false, null,
                at, draft.clientMessageId());
    }

    /** The message with this id, or null if it is not in this conversation. */
    Message find(long messageId) {
        int position = lowerBound(messageId);
        return position < size && ids[position] == messageId ? message(position) : null;
    }

    /** The {@code limit} messages with the highest ids below {@code before}, oldest first. */
    List<Message> page(OptionalLong before, int limit) {
        int end = before.isPresent() ? lowerBound(before.getAsLong()) : size;
        int start = Math.max(0, end - limit);
        Message[] page = new Message[end - start];
        for (int i = start; i < end; i++) {
            page[i - start] = message(i);
        }
        return List.of(page);
    }

    /** The message with the highest id, or null if there is none. */
    Message last() {
        return size == 0 ? null : message(size - 1);
    }

    /** How many messages to {@code user} are unread. */
    int unreadCount(UserId user) {
        UnreadPositions unread = unreadOf(user);
        return unread == null ? 0 : unread.size();
    }

    /**
     * Marks read, at {@code at}, the reader's unread messages created at or before it.
     *
     * @return how many were marked
     */
    int markRead(UserId reader, Instant at) {
        UnreadPositions unread = unreadOf(reader);
        if (unread == null || unread.size() == 0) {
            return 0;
        }
        long readMillis = at.toEpochMilli();
        if (readAt == null) {
            readAt = new long[ids.length];
            Arrays.fill(readAt, UNREAD);
        }
        return unread.removeIf(position -> {
            if (createdAt[position] > readMillis) {
                return false;
            }
            readAt[position] = readMillis;
            return true;
        });
    }

    private UnreadPositions unreadOf(UserId receiver) {
        if (conversation.first().equals(receiver)) {
            return unreadOfFirst;
        }
        return conversation.second().equals(receiver) ? unreadOfSecond : null;
    }

    private boolean sentBySecond(MessageDraft draft) {
        UserId first = conversation.first();
        UserId second = conversation.second();
        if (draft.senderId().equals(first) && draft.receiverId().equals(second)) {
            return false;
        }
        if (draft.senderId().equals(second) && draft.receiverId().equals(first)) {
            return true;
        }
        throw new IllegalArgumentException("sender and receiver must be the two participants of conversation "
                + conversation.id() + ": " + draft.senderId() + " -> " + draft.receiverId());
    }

    private Message message(int position) {
        boolean bySecond = fromSecond[position];
        long read = readAt == null ? UNREAD : readAt[position];
        return new Message(ids[position], conversation.id(),
                bySecond ? conversation.second() : conversation.first(),
                bySecond ? conversation.first() : conversation.second(),
                contents[position], read != UNREAD, read == UNREAD ? null : Instant.ofEpochMilli(read),
                Instant.ofEpochMilli(createdAt[position]),
                clientMessageIds == null ? null : clientMessageIds[position]);
    }

    /** Position of the first message whose id is at least {@code id}. */
    private int lowerBound(long id) {
        int found = Arrays.binarySearch(ids, 0, size, id);
        return found >= 0 ? found : -found - 1;
    }

    private void grow() {
        int capacity = size + (size >> 1);
        ids = Arrays.copyOf(ids, capacity);
        createdAt = Arrays.copyOf(createdAt, capacity);
        contents = Arrays.copyOf(contents, capacity);
        fromSecond = Arrays.copyOf(fromSecond, capacity);
        if (clientMessageIds != null) {
            clientMessageIds = Arrays.copyOf(clientMessageIds, capacity);
        }
        if (readAt != null) {
            readAt = Arrays.copyOf(readAt, capacity);
            Arrays.fill(readAt, size, capacity, UNREAD);
        }
    }
}
