package dev.chat.server.internal.api;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An in-memory store whose open-or-get waits until {@code parties} callers are all about to open, so
 * a test can race requests deterministically: every racer has passed its own checks before any of
 * them reaches the store.
 */
final class RendezvousChatStore implements ChatStore {

    private final InMemoryChatStore delegate = new InMemoryChatStore();
    private final CyclicBarrier barrier;

    RendezvousChatStore(int parties) {
        barrier = new CyclicBarrier(parties);
    }

    @Override
    public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the rendezvous", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other racers never came", e);
        }
        return delegate.openOrGetConversation(first, second, createdAt);
    }

    @Override
    public Optional<Conversation> findConversation(long conversationId) {
        return delegate.findConversation(conversationId);
    }

    @Override
    public Optional<Conversation> findConversationBetween(UserId a, UserId b) {
        return delegate.findConversationBetween(a, b);
    }

    @Override
    public AppendResult append(MessageDraft draft) {
        return delegate.append(draft);
    }

    @Override
    public Optional<Message> findMessage(long messageId) {
        return delegate.findMessage(messageId);
    }

    @Override
    public List<Message> history(long conversationId, OptionalLong before, int limit) {
        return delegate.history(conversationId, before, limit);
    }

    @Override
    public int markRead(long conversationId, UserId reader, Instant readAt) {
        return delegate.markRead(conversationId, reader, readAt);
    }

    @Override
    public Notification appendNotification(NotificationDraft draft) {
        return delegate.appendNotification(draft);
    }

    @Override
    public List<Notification> notifications(UserId user, OptionalLong before, int limit) {
        return delegate.notifications(user, before, limit);
    }

    @Override
    public List<ConversationSummary> summaries(UserId user, int limit) {
        return delegate.summaries(user, limit);
    }
}
