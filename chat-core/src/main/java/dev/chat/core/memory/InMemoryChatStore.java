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
 *
 * <p>Every message stays on the heap, so each is kept compact: a conversation's messages are
 * columns of primitives beside their content, {@link Message} records are made when read, and times
 * are kept to the millisecond (the domain's precision). {@link #append} rejects a draft whose sender
 * and receiver are not the conversation's two participants with an {@link IllegalArgumentException}.
 */
public final class InMemoryChatStore implements ChatStore {

    private final Object lock = new Object();
    private long lastMessageId;
    private long lastNotificationId;
    /** Conversations by id - 1: the store numbers them 1, 2, 3, ... with no gap. */
    private final List<Conversation> conversations = new ArrayList<>();
    /** Each conversation's messages, at the same index; null until its first message. */
    private final List<MessageLog> messageLogs = new ArrayList<>();
    private final Map<Pair, Long> conversationByPair = new HashMap<>();
    /** Each user's conversation ids in creation order: a bare array, as every user keeps one. */
    private final Map<UserId, long[]> conversationsByUser = new HashMap<>();
    private final ConversationByMessage conversationByMessage = new ConversationByMessage();
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
                return new OpenedConversation(conversationLocked(existing), false);
            }
            Conversation created = new Conversation(conversations.size() + 1, first, second, createdAt);
            conversations.add(created);
            messageLogs.add(null);
            conversationByPair.put(pair, created.id());
            conversationsByUser.merge(first, new long[] {created.id()}, InMemoryChatStore::concat);
            conversationsByUser.merge(second, new long[] {created.id()}, InMemoryChatStore::concat);
            return new OpenedConversation(created, true);
        }
    }

    @Override
    public Optional<Conversation> findConversation(long conversationId) {
        synchronized (lock) {
            return Optional.ofNullable(conversationLocked(conversationId));
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
            return id == null ? Optional.empty() : Optional.of(conversationLocked(id));
        }
    }

    @Override
    public AppendResult append(MessageDraft draft) {
        Objects.requireNonNull(draft, "draft");
        synchronized (lock) {
            Conversation conversation = conversationLocked(draft.conversationId());
            if (conversation == null) {
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
            int index = (int) (conversation.id() - 1);
            MessageLog log = messageLogs.get(index);
            if (log == null) {
                log = new MessageLog(conversation);
                messageLogs.set(index, log);
            }
            Message message = log.append(lastMessageId + 1, draft);
            lastMessageId = message.id();
            conversationByMessage.add(message.id(), message.conversationId());
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
            MessageLog log = messageLogLocked(conversationId);
            return log == null ? List.of() : log.page(before, limit);
        }
    }

    @Override
    public int markRead(long conversationId, UserId reader, Instant readAt) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(readAt, "readAt");
        synchronized (lock) {
            MessageLog log = messageLogLocked(conversationId);
            return log == null ? 0 : log.markRead(reader, readAt);
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
                MessageLog log = messageLogLocked(id);
                summaries.add(log == null
                        ? new ConversationSummary(conversationLocked(id), null, 0)
                        : new ConversationSummary(conversationLocked(id), log.last(), log.unreadCount(user)));
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

    private Conversation conversationLocked(long conversationId) {
        return conversationId < 1 || conversationId > conversations.size()
                ? null : conversations.get((int) (conversationId - 1));
    }

    private MessageLog messageLogLocked(long conversationId) {
        return conversationId < 1 || conversationId > messageLogs.size()
                ? null : messageLogs.get((int) (conversationId - 1));
    }

    private Message findLocked(long messageId) {
        long conversationId = conversationByMessage.conversationOf(messageId);
        return conversationId == 0 ? null : messageLogLocked(conversationId).find(messageId);
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
