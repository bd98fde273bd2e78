package dev.chat.core.internal;

import dev.chat.core.Caller;
import dev.chat.core.ChatConfig;
import dev.chat.core.ChatService;
import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.HistoryQuery;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.PublishNotification;
import dev.chat.core.ReadReceipt;
import dev.chat.core.Result;
import dev.chat.core.SendMessage;
import dev.chat.core.UserId;
import dev.chat.core.port.ChatEventSink;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@link ChatService} implementation (work in progress). */
public final class DefaultChatService implements ChatService {

    public DefaultChatService(ChatStore store, ChatEventSink sink, Clock clock, ConversationPolicy policy,
            ChatConfig config) {
    }

    @Override public void connected(Caller caller) { throw new UnsupportedOperationException(); }
    @Override public void disconnected(Caller caller) { throw new UnsupportedOperationException(); }
    @Override public Result<Conversation> openConversation(UserId opener, UserId other) { throw new UnsupportedOperationException(); }
    @Override public Result<List<ConversationSummary>> conversations(UserId user) { throw new UnsupportedOperationException(); }
    @Override public Result<List<Message>> history(UserId user, HistoryQuery query) { throw new UnsupportedOperationException(); }
    @Override public Result<Conversation> join(Caller caller, long conversationId) { throw new UnsupportedOperationException(); }
    @Override public Result<Conversation> leave(Caller caller, long conversationId) { throw new UnsupportedOperationException(); }
    @Override public Result<Message> send(Caller caller, SendMessage command) { throw new UnsupportedOperationException(); }
    @Override public Result<ReadReceipt> markRead(Caller caller, long conversationId) { throw new UnsupportedOperationException(); }
    @Override public Result<Conversation> typingStart(Caller caller, long conversationId, Optional<UserId> toUserId) { throw new UnsupportedOperationException(); }
    @Override public Result<Conversation> typingStop(Caller caller, long conversationId, Optional<UserId> toUserId) { throw new UnsupportedOperationException(); }
    @Override public Result<Notification> publishNotification(PublishNotification command) { throw new UnsupportedOperationException(); }
    @Override public int expireTyping() { throw new UnsupportedOperationException(); }
    @Override public Optional<Instant> nextTypingExpiry() { throw new UnsupportedOperationException(); }
}
