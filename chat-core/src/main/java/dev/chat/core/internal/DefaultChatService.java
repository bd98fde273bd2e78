package dev.chat.core.internal;

import dev.chat.core.Caller;
import dev.chat.core.ChatConfig;
import dev.chat.core.ChatError;
import dev.chat.core.ChatEvent;
import dev.chat.core.ChatEvent.TypingStopReason;
import dev.chat.core.ChatService;
import dev.chat.core.ConnectionId;
import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.HistoryQuery;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.NotificationQuery;
import dev.chat.core.OpenedConversation;
import dev.chat.core.PublishNotification;
import dev.chat.core.ReadReceipt;
import dev.chat.core.Result;
import dev.chat.core.SendMessage;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.Audience;
import dev.chat.core.port.ChatEventSink;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The {@link ChatService}: checks arguments, asks the policy and the store, and applies the call's
 * effects to the sink only once every port call has succeeded.
 */
public final class DefaultChatService implements ChatService {

    private final ChatStore store;
    private final ChatEventSink sink;
    private final Clock clock;
    private final ConversationPolicy policy;
    private final ChatConfig config;
    private final Arguments arguments;
    private final ConversationLocks locks = new ConversationLocks();
    private final Object typingLock = new Object();
    private final TypingTracker typing;

    /**
     * Creates the service; use {@link ChatService#builder()}.
     *
     * @param store the store
     * @param sink the event sink
     * @param clock the time source
     * @param policy who may open and join
     * @param config limits and timings
     */
    public DefaultChatService(ChatStore store, ChatEventSink sink, Clock clock, ConversationPolicy policy,
            ChatConfig config) {
        this.store = Objects.requireNonNull(store, "store");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.config = Objects.requireNonNull(config, "config");
        this.arguments = new Arguments(config);
        this.typing = new TypingTracker(config.typingTimeout());
    }

    @Override
    public void connected(Caller caller) {
        sink.subscribe(caller.connection(), Audience.user(caller.user()));
    }

    @Override
    public void disconnected(Caller caller) {
        synchronized (typingLock) {
            for (TypingTracker.Indicator stopped : typing.stopConnection(caller.connection())) {
                emitStop(stopped, TypingStopReason.DISCONNECTED);
            }
        }
    }

    @Override
    public Result<OpenedConversation> openOrGetConversation(UserId opener, UserId other) {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(other, "other");
        if (opener.equals(other)) {
            return Result.rejected(Rejections.SAME_USER);
        }
        return StoreGuard.run("openConversation", () -> {
            if (!policy.mayOpen(opener, other)) {
                return Outcome.<OpenedConversation>rejected(Rejections.OPEN_FORBIDDEN);
            }
            return Outcome.ok(store.openOrGetConversation(opener, other, now()));
        }).applyTo(sink);
    }

    @Override
    public Result<List<ConversationSummary>> conversations(UserId user) {
        Objects.requireNonNull(user, "user");
        return StoreGuard.run("conversations",
                () -> Outcome.ok(store.summaries(user, config.maxConversationsListed()))).applyTo(sink);
    }

    @Override
    public Result<List<Message>> history(UserId user, HistoryQuery query) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(query, "query");
        Optional<ChatError> invalid = arguments.checkHistory(query);
        if (invalid.isPresent()) {
            return Result.rejected(invalid.get());
        }
        return StoreGuard.run("history", () -> withJoinable(user, query.conversationId(),
                c -> Outcome.ok(store.history(c.id(), query.before(), arguments.historyLimit(query)))))
                .applyTo(sink);
    }

    @Override
    public Result<Conversation> join(Caller caller, long conversationId) {
        Objects.requireNonNull(caller, "caller");
        return StoreGuard.run("join", () -> withJoinable(caller.user(), conversationId,
                c -> Outcome.ok(c, new Effect.Subscribe(caller.connection(), Audience.conversation(c.id())))))
                .applyTo(sink);
    }

    @Override
    public Result<Conversation> leave(Caller caller, long conversationId) {
        Objects.requireNonNull(caller, "caller");
        return StoreGuard.run("leave", () -> withJoinable(caller.user(), conversationId,
                c -> Outcome.ok(c, new Effect.Unsubscribe(caller.connection(), Audience.conversation(c.id())))))
                .applyTo(sink);
    }

    @Override
    public Result<Message> send(Caller caller, SendMessage command) {
        if (store.isBlocking()) {
            // Hold no conversation lock while the store commits: sendAsync takes it only to hand the
            // draft over and to emit, so that a store thread emitting other sends never waits for us.
            return join(sendAsync(caller, command));
        }
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");
        Optional<ChatError> invalid = arguments.checkSend(command);
        if (invalid.isPresent()) {
            return Result.rejected(invalid.get());
        }
        ReentrantLock lock = locks.of(command.conversationId());
        lock.lock();
        try {
            return StoreGuard.run("send", () -> withParticipant(caller.user(), command.conversationId(),
                    Optional.ofNullable(command.toUserId()), c -> {
                        MessageDraft draft = draft(caller, command, c);
                        return appended(command, c, store.append(draft));
                    })).applyTo(sink);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public CompletionStage<Result<Message>> sendAsync(Caller caller, SendMessage command) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(command, "command");
        Optional<ChatError> invalid = arguments.checkSend(command);
        if (invalid.isPresent()) {
            return CompletableFuture.completedFuture(Result.rejected(invalid.get()));
        }
        ReentrantLock lock = locks.of(command.conversationId());
        // createdAt is taken and the draft handed over under the conversation's lock, so the store
        // receives (and numbers) a conversation's drafts in createdAt order; the emission is chained
        // under it too, so that even a stage completing at once emits in that order.
        lock.lock();
        try {
            return handOver(caller, command).thenApply(outcome -> {
                // Emitting under the lock orders these events with the conversation's read receipts.
                lock.lock();
                try {
                    return outcome.applyTo(sink);
                } finally {
                    lock.unlock();
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** Checks the conversation and hands the draft to the store; the outcome comes once it is stored. */
    private CompletionStage<Outcome<Message>> handOver(Caller caller, SendMessage command) {
        Outcome<Conversation> checked = StoreGuard.run("send", () -> withParticipant(caller.user(),
                command.conversationId(), Optional.ofNullable(command.toUserId()), Outcome::ok));
        if (!(checked.result() instanceof Result.Ok<Conversation> ok)) {
            return CompletableFuture.completedFuture(
                    Outcome.rejected(((Result.Rejected<Conversation>) checked.result()).error()));
        }
        Conversation conversation = ok.value();
        CompletionStage<AppendResult> appending;
        try {
            appending = store.appendAsync(draft(caller, command, conversation));
        } catch (RuntimeException e) {
            appending = CompletableFuture.failedFuture(e);
        }
        return appending.handle((appended, failure) -> failure != null
                ? StoreGuard.failed("send", failure)
                : appended(command, conversation, appended));
    }

    private MessageDraft draft(Caller caller, SendMessage command, Conversation conversation) {
        return new MessageDraft(conversation.id(), caller.user(), conversation.otherParticipant(caller.user()),
                command.content(), now(), command.clientMessageId());
    }

    /** The outcome of a stored draft: the new message and its events, or the earlier one it repeats. */
    private static Outcome<Message> appended(SendMessage command, Conversation conversation, AppendResult appended) {
        Message message = appended.message();
        if (!appended.created()) {
            boolean same = message.conversationId() == conversation.id() && message.content().equals(command.content());
            return same ? Outcome.ok(message) : Outcome.rejected(Rejections.CLIENT_ID_REUSED);
        }
        return Outcome.ok(message,
                Effect.emit(new ChatEvent.NewMessage(message), Audience.conversation(conversation.id())),
                Effect.emit(new ChatEvent.MessageNotification(message), Audience.user(message.receiverId())));
    }

    private static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            // Only the sink can fail a send's stage; rethrow what it threw, as send would.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public Result<ReadReceipt> markRead(Caller caller, long conversationId) {
        Objects.requireNonNull(caller, "caller");
        ReentrantLock lock = locks.of(conversationId);
        lock.lock();
        try {
            return StoreGuard.run("markRead", () -> withParticipant(caller.user(), conversationId, Optional.empty(), c -> {
                Instant readAt = now();
                int marked = store.markRead(c.id(), caller.user(), readAt);
                UserId other = c.otherParticipant(caller.user());
                return Outcome.ok(new ReadReceipt(c.id(), caller.user(), readAt, marked),
                        Effect.emit(new ChatEvent.MessagesRead(c.id(), caller.user(), readAt),
                                Set.of(Audience.user(other), Audience.user(caller.user())), caller.connection()));
            })).applyTo(sink);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Result<Conversation> typingStart(Caller caller, long conversationId, Optional<UserId> toUserId) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(toUserId, "toUserId");
        Result<Conversation> checked = StoreGuard.run("typingStart",
                () -> withParticipant(caller.user(), conversationId, toUserId, Outcome::ok)).applyTo(sink);
        if (checked.isOk()) {
            synchronized (typingLock) {
                typing.start(conversationId, caller.user(), caller.connection(), now());
                Effect.emit(new ChatEvent.TypingStarted(conversationId, caller.user()),
                        Audience.conversation(conversationId), caller.connection()).applyTo(sink);
            }
        }
        return checked;
    }

    @Override
    public Result<Conversation> typingStop(Caller caller, long conversationId, Optional<UserId> toUserId) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(toUserId, "toUserId");
        Result<Conversation> checked = StoreGuard.run("typingStop",
                () -> withParticipant(caller.user(), conversationId, toUserId, Outcome::ok)).applyTo(sink);
        if (checked.isOk()) {
            synchronized (typingLock) {
                typing.stop(conversationId, caller.connection());
                emitStop(new TypingTracker.Indicator(conversationId, caller.user(), caller.connection()),
                        TypingStopReason.EXPLICIT);
            }
        }
        return checked;
    }

    @Override
    public Result<Notification> publishNotification(PublishNotification command) {
        Objects.requireNonNull(command, "command");
        Optional<ChatError> invalid = arguments.checkNotification(command);
        if (invalid.isPresent()) {
            return Result.rejected(invalid.get());
        }
        return StoreGuard.run("publishNotification", () -> {
            Notification stored = store.appendNotification(new NotificationDraft(
                    command.userId(), command.title(), command.message(), command.type(), now()));
            return Outcome.ok(stored, Effect.emit(new ChatEvent.NewNotification(stored), Audience.user(stored.userId())));
        }).applyTo(sink);
    }

    @Override
    public Result<List<Notification>> notifications(UserId user, NotificationQuery query) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(query, "query");
        Optional<ChatError> invalid = arguments.checkNotifications(query);
        if (invalid.isPresent()) {
            return Result.rejected(invalid.get());
        }
        return StoreGuard.run("notifications", () -> Outcome.ok(
                store.notifications(user, query.before(), arguments.notificationLimit(query)))).applyTo(sink);
    }

    @Override
    public int expireTyping() {
        synchronized (typingLock) {
            List<TypingTracker.Indicator> expired = typing.expire(now());
            for (TypingTracker.Indicator indicator : expired) {
                emitStop(indicator, TypingStopReason.EXPIRED);
            }
            return expired.size();
        }
    }

    @Override
    public Optional<Instant> nextTypingExpiry() {
        synchronized (typingLock) {
            return typing.nextExpiry();
        }
    }

    /** Runs {@code then} with the conversation if it exists and the policy lets the user join it. */
    private <T> Outcome<T> withJoinable(UserId user, long conversationId, Function<Conversation, Outcome<T>> then) {
        Optional<Conversation> found = conversationId > 0 ? store.findConversation(conversationId) : Optional.empty();
        if (found.isEmpty()) {
            return Outcome.rejected(Rejections.CONVERSATION_MISSING);
        }
        if (!policy.mayJoin(user, found.get())) {
            return Outcome.rejected(Rejections.NOT_A_PARTICIPANT);
        }
        return then.apply(found.get());
    }

    /**
     * Runs {@code then} with the conversation if it exists, the user takes part in it and the named
     * receiver, if any, is the other participant.
     */
    private <T> Outcome<T> withParticipant(UserId user, long conversationId, Optional<UserId> receiver,
            Function<Conversation, Outcome<T>> then) {
        Optional<Conversation> found = conversationId > 0 ? store.findConversation(conversationId) : Optional.empty();
        if (found.isEmpty()) {
            return Outcome.rejected(Rejections.CONVERSATION_MISSING);
        }
        Conversation conversation = found.get();
        if (!conversation.hasParticipant(user)) {
            return Outcome.rejected(Rejections.NOT_A_PARTICIPANT);
        }
        if (receiver.isPresent() && !receiver.get().equals(conversation.otherParticipant(user))) {
            return Outcome.rejected(Rejections.WRONG_RECEIVER);
        }
        return then.apply(conversation);
    }

    private void emitStop(TypingTracker.Indicator indicator, TypingStopReason reason) {
        Effect.emit(new ChatEvent.TypingStopped(indicator.conversationId(), indicator.user(), reason),
                Audience.conversation(indicator.conversationId()), indicator.connection()).applyTo(sink);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
