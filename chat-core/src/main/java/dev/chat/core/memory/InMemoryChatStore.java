package dev.chat.core.memory;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * A thread-safe in-memory {@link ChatStore}.
 *
 * <p>Every call takes one lock, which makes each call atomic with respect to every other (in
 * particular {@link #append} and {@link #markRead}). State lives only as long as the object.
 */
public final class InMemoryChatStore implements ChatStore {

    private final Object lock = new Object();
    private long lastConversationId;
    private long lastMessageId;
    private long lastNotificationId;
    private final Map<Long, ConversationLog> conversations = new HashMap<>();
    private final Map<Pair, Long> conversationByPair = new HashMap<>();
    /** Each user's conversation ids in creation order: a bare array, as every user keeps one. */
    private final Map<UserId, long[]> conversationsByUser = new HashMap<>();
    private final Map<Long, Long> conversationByMessage = new HashMap<>();
    private final Map<ClientKey, Long> messageByClientKey = new HashMap<>();
    private final Map<UserId, List<Notification>> notificationsByUser = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryChatStore() {
    }

    private static final long[] NO_IDS = {};

    private static long[] concat(long[] ids, long[] more) {
        long[] all = java.util.Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, all, ids.length, more.length);
        return all;
    }

    @Override
    public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
        Objects.requireNonNull(createdAt, "createdAt");
        Pair pair = Pair.of(first, second);
        synchronized (lock) {
            Long existing = conversationByPair.get(pair);
            if (existing != null) {
                return new OpenedConversation(conversations.get(existing).conversation, false);
            }
            Conversation created = new Conversation(lastConversationId + 1, first, second, createdAt);
            lastConversationId = created.id();
            // One boxed id for the maps: every conversation keeps these.
            Long id = created.id();
            conversations.put(id, new ConversationLog(created));
            conversationByPair.put(pair, id);
            conversationsByUser.merge(first, new long[] {id}, InMemoryChatStore::concat);
            conversationsByUser.merge(second, new long[] {id}, InMemoryChatStore::concat);
            return new OpenedConversation(created, true);
        }
    }

    @Override
    public Optional<Conversation> findConversation(long conversationId) {
        synchronized (lock) {
            ConversationLog log = conversations.get(conversationId);
            return log == null ? Optional.empty() : Optional.of(log.conversation);
        }
    }

    @Override
    public Optional<Conversation> findConversationBetween(UserId a, UserId b) {
        if (a.equals(b)) {
            return Optional.empty();
        }
        Pair pair = Pair.of(a, b);
        synchronized (lock) {
            Long id = conversationByPair.get(pair);
            return id == null ? Optional.empty() : Optional.of(conversations.get(id).conversation);
        }
    }

    @Override
    public AppendResult append(MessageDraft draft) {
        Objects.requireNonNull(draft, "draft");
        synchronized (lock) {
            ConversationLog log = conversations.get(draft.conversationId());
            if (log == null) {
                throw new IllegalArgumentException("unknown conversation: " + draft.conversationId());
            }
            ClientKey key = draft.clientMessageId() == null
                    ? null : new ClientKey(draft.senderId(), draft.clientMessageId());
            if (key != null) {
                Long existing = messageByClientKey.get(key);
                if (existing != null) {
                    return new AppendResult(findLocked(existing), false);
                }
            }
            Message message = new Message(lastMessageId + 1, draft.conversationId(), draft.senderId(),
                    draft.receiverId(), draft.content(), false, null, draft.createdAt(), draft.clientMessageId());
            lastMessageId = message.id();
            log.append(message);
            conversationByMessage.put(message.id(), message.conversationId());
            if (key != null) {
                messageByClientKey.put(key, message.id());
            }
            return new AppendResult(message, true);
        }
    }

    @Override
    public Optional<Message> findMessage(long messageId) {
        synchronized (lock) {
            return Optional.ofNullable(findLocked(messageId));
        }
    }

    @Override
    public List<Message> history(long conversationId, OptionalLong before, int limit) {
        requirePositiveLimit(limit);
        synchronized (lock) {
            ConversationLog log = conversations.get(conversationId);
            return log == null ? List.of() : page(log.messages, Message::id, before, limit);
        }
    }

    @Override
    public int markRead(long conversationId, UserId reader, Instant readAt) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(readAt, "readAt");
        synchronized (lock) {
            ConversationLog log = conversations.get(conversationId);
            List<Integer> unread = log == null ? null : log.unread.get(reader);
            if (unread == null || unread.isEmpty()) {
                return 0;
            }
            List<Integer> stillUnread = new ArrayList<>();
            for (int index : unread) {
                Message m = log.messages.get(index);
                if (m.createdAt().isAfter(readAt)) {
                    stillUnread.add(index);
                } else {
                    log.messages.set(index, m.markedRead(readAt));
                }
            }
            log.unread.put(reader, stillUnread);
            return unread.size() - stillUnread.size();
        }
    }

    @Override
    public Notification appendNotification(NotificationDraft draft) {
        Objects.requireNonNull(draft, "draft");
        synchronized (lock) {
            Notification notification = new Notification(lastNotificationId + 1, draft.userId(), draft.title(),
                    draft.message(), draft.type(), draft.createdAt());
            lastNotificationId = notification.id();
            notificationsByUser.computeIfAbsent(draft.userId(), u -> new ArrayList<>()).add(notification);
            return notification;
        }
    }

    @Override
    public List<Notification> notifications(UserId user, OptionalLong before, int limit) {
        Objects.requireNonNull(user, "user");
        requirePositiveLimit(limit);
        synchronized (lock) {
            List<Notification> all = notificationsByUser.get(user);
            return all == null ? List.of() : page(all, Notification::id, before, limit);
        }
    }

    @Override
    public List<ConversationSummary> summaries(UserId user, int limit) {
        Objects.requireNonNull(user, "user");
        requirePositiveLimit(limit);
        List<ConversationSummary> summaries = new ArrayList<>();
        synchronized (lock) {
            for (long id : conversationsByUser.getOrDefault(user, NO_IDS)) {
                ConversationLog log = conversations.get(id);
                Message last = log.messages.isEmpty() ? null : log.messages.get(log.messages.size() - 1);
                summaries.add(new ConversationSummary(log.conversation, last, log.unread.getOrDefault(user, List.of()).size()));
            }
        }
        summaries.sort(Comparator.comparing(InMemoryChatStore::lastActivity)
                .thenComparingLong(s -> s.conversation().id())
                .reversed());
        return List.copyOf(summaries.subList(0, Math.min(limit, summaries.size())));
    }

    private static Instant lastActivity(ConversationSummary summary) {
        return summary.lastMessage() == null ? summary.conversation().createdAt() : summary.lastMessage().createdAt();
    }

    /** Never blocks: every call is a short critical section in memory. */
    @Override
    public boolean isBlocking() {
        return false;
    }

    private Message findLocked(long messageId) {
        Long conversationId = conversationByMessage.get(messageId);
        if (conversationId == null) {
            return null;
        }
        List<Message> messages = conversations.get(conversationId).messages;
        return messages.get(lowerBound(messages, Message::id, messageId));
    }

    /** The {@code limit} entries with the highest ids below {@code before}, from a list sorted by id. */
    private static <T> List<T> page(List<T> sortedById, ToLongFunction<T> id, OptionalLong before, int limit) {
        int end = before.isPresent() ? lowerBound(sortedById, id, before.getAsLong()) : sortedById.size();
        return List.copyOf(sortedById.subList(Math.max(0, end - limit), end));
    }

    /** Index of the first entry whose id is at least {@code target}. */
    private static <T> int lowerBound(List<T> sortedById, ToLongFunction<T> id, long target) {
        int low = 0;
        int high = sortedById.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (id.applyAsLong(sortedById.get(mid)) < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void requirePositiveLimit(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /**
     * A conversation with its messages in id order and, per receiver, the positions of their unread
     * messages in id order (so marking read costs the unread count, not the conversation length).
     */
    private static final class ConversationLog {
        final Conversation conversation;
        // Empty and shared until the first message: many conversations are opened and never used.
        List<Message> messages = List.of();
        Map<UserId, List<Integer>> unread = Map.of();

        ConversationLog(Conversation conversation) {
            this.conversation = conversation;
        }

        void append(Message message) {
            if (messages.isEmpty()) {
                messages = new ArrayList<>();
                unread = new HashMap<>();
            }
            unread.computeIfAbsent(message.receiverId(), u -> new ArrayList<>()).add(messages.size());
            messages.add(message);
        }
    }

    /** An unordered pair of users, normalised so that {@code low <= high}. */
    private record Pair(UserId low, UserId high) {
        static Pair of(UserId a, UserId b) {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            return a.value().compareTo(b.value()) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    /** A sender's idempotency key. */
    private record ClientKey(UserId sender, String clientMessageId) {
    }
}
