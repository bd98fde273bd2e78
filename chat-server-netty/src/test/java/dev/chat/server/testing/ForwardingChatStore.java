package dev.chat.server.testing;

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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;

/** A store that forwards every call to another: tests override the one behaviour they change. */
public abstract class ForwardingChatStore implements ChatStore {

    protected final ChatStore delegate;

    protected ForwardingChatStore(ChatStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
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
    public CompletionStage<AppendResult> appendAsync(MessageDraft draft) {
        return delegate.appendAsync(draft);
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

    @Override
    public boolean isBlocking() {
        return delegate.isBlocking();
    }
}
