package dev.chat.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the service tells connected clients, handed to the host's
 * {@link dev.chat.core.port.ChatEventSink} together with the audiences that should receive it.
 *
 * <p>The host maps each kind to the seed's wire event: {@link NewMessage} to {@code new_message},
 * {@link MessageNotification} to {@code message_notification} (with {@code "type": "new_message"}),
 * {@link MessagesRead} to {@code messages_read}, {@link TypingStarted} to {@code typing_start},
 * {@link TypingStopped} to {@code typing_stop} and {@link NewNotification} to {@code new_notification}.
 */
public sealed interface ChatEvent {

    /**
     * A message was stored; sent to the conversation's audience, sender's connections included.
     *
     * @param message the stored message
     */
    record NewMessage(Message message) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param message the stored message
         */
        public NewMessage {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A message was sent to a user; sent to every connection of the receiver, whatever they joined.
     *
     * @param message the stored message
     */
    record MessageNotification(Message message) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param message the stored message
         */
        public MessageNotification {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A user marked a conversation read; sent to the other participant's connections and to the
     * reader's other connections.
     *
     * @param conversationId the conversation
     * @param userId the user who read
     * @param readAt the read time of the batch
     */
    record MessagesRead(long conversationId, UserId userId, Instant readAt) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param conversationId the conversation
         * @param userId the user who read
         * @param readAt the read time of the batch
         */
        public MessagesRead {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(readAt, "readAt");
        }
    }

    /**
     * A user started (or is still) typing; sent to the conversation's audience except the typing
     * connection.
     *
     * @param conversationId the conversation
     * @param userId the user who is typing
     */
    record TypingStarted(long conversationId, UserId userId) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param conversationId the conversation
         * @param userId the user who is typing
         */
        public TypingStarted {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /**
     * A user stopped typing; sent to the conversation's audience except the typing connection.
     *
     * @param conversationId the conversation
     * @param userId the user who stopped typing
     * @param reason why the indicator stopped (not part of the seed's wire shape)
     */
    record TypingStopped(long conversationId, UserId userId, TypingStopReason reason) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param conversationId the conversation
         * @param userId the user who stopped typing
         * @param reason why the indicator stopped (not part of the seed's wire shape)
         */
        public TypingStopped {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A system notification was stored; sent to every connection of its user.
     *
     * @param notification the stored notification
     */
    record NewNotification(Notification notification) implements ChatEvent {
        /**
         * Validates the event.
         *
         * @param notification the stored notification
         */
        public NewNotification {
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** Why a typing indicator stopped. */
    enum TypingStopReason {
        /** The client sent {@code typing_stop}. */
        EXPLICIT,
        /** The indicator was not refreshed within {@link ChatConfig#typingTimeout()}. */
        EXPIRED,
        /** The typing connection went away. */
        DISCONNECTED
    }
}
