package dev.chat.core.memory;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A thread-safe in-memory {@link ChatStore} (work in progress). */
public final class InMemoryChatStore implements ChatStore {

    /** Creates an empty store. */
    public InMemoryChatStore() {
    }

    @Override public Conversation openConversation(UserId first, UserId second, Instant createdAt) { throw new UnsupportedOperationException(); }
    @Override public Optional<Conversation> findConversation(long conversationId) { throw new UnsupportedOperationException(); }
    @Override public Optional<Conversation> findConversationBetween(UserId a, UserId b) { throw new UnsupportedOperationException(); }
    @Override public AppendResult append(MessageDraft draft) { throw new UnsupportedOperationException(); }
    @Override public Optional<Message> findMessage(long messageId) { throw new UnsupportedOperationException(); }
    @Override public List<Message> history(long conversationId, OptionalLong before, int limit) { throw new UnsupportedOperationException(); }
    @Override public int markRead(long conversationId, UserId reader, Instant readAt) { throw new UnsupportedOperationException(); }
    @Override public Notification appendNotification(NotificationDraft draft) { throw new UnsupportedOperationException(); }
    @Override public List<Notification> notifications(UserId user, OptionalLong before, int limit) { throw new UnsupportedOperationException(); }
    @Override public List<ConversationSummary> summaries(UserId user, int limit) { throw new UnsupportedOperationException(); }
}
