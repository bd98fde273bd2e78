package dev.chat.core;

import dev.chat.core.internal.DefaultChatService;
import dev.chat.core.port.ChatEventSink;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The chat domain's one API. A host (the Socket.IO server, an HTTP API, a job) translates its input
 * to these calls and the {@link ChatEvent}s the service hands to the {@link ChatEventSink} to its
 * output.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Every call is thread-safe and does not block on anything but the store.</li>
 *   <li>Every call that can be refused returns a {@link Result}; a {@link Result.Rejected} call stored
 *       nothing and emitted nothing. Store failures become {@link ChatErrorCode#STORE_UNAVAILABLE} or
 *       {@link ChatErrorCode#INTERNAL}.</li>
 *   <li>Events are emitted after the store has committed, on the calling thread. Events of one
 *       conversation from sends and read marks are emitted in store order by this instance.</li>
 *   <li>Time comes from the configured {@link Clock}, truncated to milliseconds. The service starts
 *       no thread: the host calls {@link #expireTyping()} at {@link #nextTypingExpiry()}.</li>
 *   <li>Illegal use by the host (null arguments) throws {@link NullPointerException}.</li>
 * </ul>
 */
public interface ChatService {

    /**
     * A connection of an authenticated user opened: subscribes it to the user's audience so it gets
     * {@code message_notification}, {@code messages_read} and {@code new_notification}.
     *
     * @param caller the user and their new connection
     */
    void connected(Caller caller);

    /**
     * A connection closed: stops every typing indicator it had, emitting {@code typing_stop} with
     * reason {@link ChatEvent.TypingStopReason#DISCONNECTED}. The host drops the connection's
     * subscriptions itself, as Socket.IO does with rooms.
     *
     * @param caller the user and the closed connection
     */
    void disconnected(Caller caller);

    /**
     * Opens the conversation between two users, or returns the one they already have, and says which.
     * Atomic: of any number of concurrent calls for the same pair (in either order), exactly one
     * reports {@link OpenedConversation#created()}, so an HTTP API can answer 201 to that one caller
     * and 200 to the others. Emits nothing.
     *
     * @param opener the user asking
     * @param other the other participant
     * @return the conversation and whether this call created it; rejected with
     *     {@link ChatErrorCode#INVALID_ARGUMENT} if both are the same user, or
     *     {@link ChatErrorCode#FORBIDDEN} if the policy refuses
     */
    Result<OpenedConversation> openOrGetConversation(UserId opener, UserId other);

    /**
     * Opens the conversation between two users, or returns the one they already have: the
     * conversation of {@link #openOrGetConversation}, for callers that do not care whether it is new.
     *
     * @param opener the user asking
     * @param other the other participant
     * @return the conversation; rejected like {@link #openOrGetConversation}
     */
    default Result<Conversation> openConversation(UserId opener, UserId other) {
        return openOrGetConversation(opener, other).map(OpenedConversation::conversation);
    }

    /**
     * Lists a user's conversations, most recent activity first (last message time, or creation time
     * for a conversation without messages), at most {@link ChatConfig#maxConversationsListed()}.
     *
     * @param user the user
     * @return the summaries with last message and unread count
     */
    Result<List<ConversationSummary>> conversations(UserId user);

    /**
     * Reads a page of a conversation's history, oldest to newest.
     *
     * @param user the user asking; must be allowed to join the conversation
     * @param query which page
     * @return the messages; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND},
     *     {@link ChatErrorCode#NOT_PARTICIPANT} or {@link ChatErrorCode#INVALID_ARGUMENT} (bad
     *     {@code before} or {@code limit})
     */
    Result<List<Message>> history(UserId user, HistoryQuery query);

    /**
     * Subscribes the caller's connection to the conversation's live feed ({@code new_message},
     * {@code typing_start}, {@code typing_stop}).
     *
     * @param caller the user and connection
     * @param conversationId the conversation
     * @return the conversation; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND} or
     *     {@link ChatErrorCode#NOT_PARTICIPANT}
     */
    Result<Conversation> join(Caller caller, long conversationId);

    /**
     * Unsubscribes the caller's connection from the conversation's live feed.
     *
     * @param caller the user and connection
     * @param conversationId the conversation
     * @return the conversation; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND} or
     *     {@link ChatErrorCode#NOT_PARTICIPANT}
     */
    Result<Conversation> leave(Caller caller, long conversationId);

    /**
     * Sends a message: stores it, then emits {@link ChatEvent.NewMessage} to the conversation's
     * audience and {@link ChatEvent.MessageNotification} to every connection of the receiver. A
     * repeated {@link SendMessage#clientMessageId()} returns the stored message and emits nothing.
     *
     * @param caller the sender and their connection
     * @param command what to send
     * @return the stored message; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND},
     *     {@link ChatErrorCode#NOT_PARTICIPANT}, {@link ChatErrorCode#INVALID_RECEIVER},
     *     {@link ChatErrorCode#EMPTY_CONTENT}, {@link ChatErrorCode#CONTENT_TOO_LONG},
     *     {@link ChatErrorCode#INVALID_ARGUMENT} (client message id too long) or
     *     {@link ChatErrorCode#CLIENT_MESSAGE_ID_CONFLICT}
     */
    Result<Message> send(Caller caller, SendMessage command);

    /**
     * {@link #send} without waiting for the store: the checks run on the calling thread (they may
     * read the store), the append is handed to {@link dev.chat.core.port.MessageStore#appendAsync},
     * and the stage completes with the same result once the message is stored and its events are
     * emitted, possibly on a store thread. It never completes exceptionally for a store failure
     * (that is a {@link ChatErrorCode#STORE_UNAVAILABLE} result). Sends of one caller complete in
     * the order they were made. The default sends on the calling thread.
     *
     * @param caller the sender and their connection
     * @param command what to send
     * @return the result of {@link #send}, to come
     */
    default CompletionStage<Result<Message>> sendAsync(Caller caller, SendMessage command) {
        return CompletableFuture.completedFuture(send(caller, command));
    }

    /**
     * Marks read, with one read time, every unread message of the conversation addressed to the
     * caller and stored no later than that time; then emits {@link ChatEvent.MessagesRead} to the
     * other participant's connections and the caller's other connections (not to the calling
     * connection). The receipt is emitted even when nothing was unread: it states that, as of
     * {@code readAt}, the caller has read the whole conversation.
     *
     * @param caller the reader and their connection
     * @param conversationId the conversation
     * @return the receipt; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND} or
     *     {@link ChatErrorCode#NOT_PARTICIPANT}
     */
    Result<ReadReceipt> markRead(Caller caller, long conversationId);

    /**
     * Starts or refreshes the caller's typing indicator and relays {@link ChatEvent.TypingStarted} to
     * the conversation's audience except the calling connection. Every call is relayed; an indicator
     * not refreshed within {@link ChatConfig#typingTimeout()} is stopped by {@link #expireTyping()}.
     *
     * @param caller the typing user and connection
     * @param conversationId the conversation
     * @param toUserId the intended receiver if the client named one; must be the other participant
     * @return the conversation; rejected with {@link ChatErrorCode#CONVERSATION_NOT_FOUND},
     *     {@link ChatErrorCode#NOT_PARTICIPANT} or {@link ChatErrorCode#INVALID_RECEIVER}
     */
    Result<Conversation> typingStart(Caller caller, long conversationId, Optional<UserId> toUserId);

    /**
     * Stops the caller's typing indicator and relays {@link ChatEvent.TypingStopped} (reason
     * {@link ChatEvent.TypingStopReason#EXPLICIT}) to the conversation's audience except the calling
     * connection. Relayed even if no indicator was running.
     *
     * @param caller the typing user and connection
     * @param conversationId the conversation
     * @param toUserId the intended receiver if the client named one; must be the other participant
     * @return the conversation; rejected like {@link #typingStart}
     */
    Result<Conversation> typingStop(Caller caller, long conversationId, Optional<UserId> toUserId);

    /**
     * Stores a system notification and emits {@link ChatEvent.NewNotification} to every connection of
     * its user.
     *
     * @param command the notification
     * @return the stored notification; rejected with {@link ChatErrorCode#INVALID_ARGUMENT} for a
     *     blank or too long title, message or type
     */
    Result<Notification> publishNotification(PublishNotification command);

    /**
     * Reads a page of a user's notifications, oldest to newest. Every user may read their own
     * notifications, including none.
     *
     * @param user the user whose notifications to read
     * @param query which page
     * @return the notifications; rejected with {@link ChatErrorCode#INVALID_ARGUMENT} (bad
     *     {@code before} or {@code limit})
     */
    Result<List<Notification>> notifications(UserId user, NotificationQuery query);

    /**
     * Stops every typing indicator whose last refresh is at least {@link ChatConfig#typingTimeout()}
     * old, emitting {@link ChatEvent.TypingStopped} with reason
     * {@link ChatEvent.TypingStopReason#EXPIRED}.
     *
     * @return how many indicators were stopped
     */
    int expireTyping();

    /**
     * When the next typing indicator expires, so the host can schedule one timer.
     *
     * @return the earliest expiry, or empty if nobody is typing
     */
    Optional<Instant> nextTypingExpiry();

    /**
     * Returns a builder. A store and a sink are required; the clock defaults to
     * {@link Clock#systemUTC()}, the policy to {@link ConversationPolicy#PARTICIPANTS_ONLY}, the
     * configuration to {@link ChatConfig#DEFAULTS}.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChatService}. */
    final class Builder {
        private ChatStore store;
        private ChatEventSink sink;
        private Clock clock = Clock.systemUTC();
        private ConversationPolicy policy = ConversationPolicy.PARTICIPANTS_ONLY;
        private ChatConfig config = ChatConfig.DEFAULTS;

        private Builder() {
        }

        /**
         * Sets where conversations, messages and notifications live.
         *
         * @param value the value
         * @return this builder
         */
        public Builder store(ChatStore value) {
            store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets where events go.
         *
         * @param value the value
         * @return this builder
         */
        public Builder sink(ChatEventSink value) {
            sink = Objects.requireNonNull(value, "sink");
            return this;
        }

        /**
         * Sets the time source.
         *
         * @param value the value
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets who may open and join conversations.
         *
         * @param value the value
         * @return this builder
         */
        public Builder policy(ConversationPolicy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets limits and timings.
         *
         * @param value the value
         * @return this builder
         */
        public Builder config(ChatConfig value) {
            config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         * @throws IllegalStateException if the store or the sink is missing
         */
        public ChatService build() {
            if (store == null) {
                throw new IllegalStateException("store is required");
            }
            if (sink == null) {
                throw new IllegalStateException("sink is required");
            }
            return new DefaultChatService(store, sink, clock, policy, config);
        }
    }
}
