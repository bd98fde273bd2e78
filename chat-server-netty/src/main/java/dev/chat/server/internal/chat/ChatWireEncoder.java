package dev.chat.server.internal.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.chat.core.ChatError;
import dev.chat.core.ChatEvent;
import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.UserId;
import dev.chat.server.socketio.BroadcastOperator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one place where chat-core values become the seed's JSON: {@code snake_case} for messages,
 * conversations and notifications, {@code camelCase} for read receipts and typing indicators,
 * numeric user ids as JSON numbers, times as ISO-8601 UTC with milliseconds
 * ({@code 2023-10-27T10:00:00.000Z}). Stateless and thread-safe.
 */
public final class ChatWireEncoder {

    /** A wire event: the Socket.IO event name and its one JSON argument. */
    public record WireEvent(String name, JsonNode payload) {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ChatWireEncoder() {}

    private static final String NEW_MESSAGE = "new_message";
    private static final String MESSAGE_NOTIFICATION = "message_notification";

    /**
     * Sends an outbound chat event through {@code operator}, as {@link #encode} maps it. The two
     * events of every sent message are written straight into the broadcast's frame
     * ({@link BroadcastOperator#emitJson}); the others go as trees.
     *
     * @param event the event
     * @param operator where to send it
     */
    public static void emit(ChatEvent event, BroadcastOperator operator) {
        if (event instanceof ChatEvent.NewMessage e) {
            Message m = e.message();
            operator.emitJson(NEW_MESSAGE, MessageJson.length(m), out -> MessageJson.writeMessage(out, m));
        } else if (event instanceof ChatEvent.MessageNotification e) {
            Message m = e.message();
            operator.emitJson(MESSAGE_NOTIFICATION, MessageJson.length(m), out -> MessageJson.writeNotification(out, m));
        } else {
            WireEvent wire = encode(event);
            operator.emit(wire.name(), wire.payload());
        }
    }

    /**
     * Maps an outbound chat event to its seed event name and payload.
     *
     * @param event the event
     * @return the wire event
     */
    public static WireEvent encode(ChatEvent event) {
        // Java 17: no pattern switch; the chain is exhaustive over the sealed ChatEvent.
        if (event instanceof ChatEvent.NewMessage e) {
            return new WireEvent(NEW_MESSAGE, rawMessage(e.message()));
        }
        if (event instanceof ChatEvent.MessageNotification e) {
            return new WireEvent(MESSAGE_NOTIFICATION, raw(MessageJson.notification(e.message())));
        }
        if (event instanceof ChatEvent.MessagesRead e) {
            ObjectNode node = JSON.objectNode().put("conversationId", e.conversationId());
            node.set("userId", userId(e.userId()));
            return new WireEvent("messages_read", node.put("readAt", time(e.readAt())));
        }
        if (event instanceof ChatEvent.TypingStarted e) {
            return new WireEvent("typing_start", typing(e.conversationId(), e.userId()));
        }
        if (event instanceof ChatEvent.TypingStopped e) {
            return new WireEvent("typing_stop", typing(e.conversationId(), e.userId()));
        }
        if (event instanceof ChatEvent.NewNotification e) {
            return new WireEvent("new_notification", notification(e.notification()));
        }
        throw new IllegalArgumentException("unknown chat event: " + event);
    }

    /**
     * A message object, as in {@code new_message} and the history API.
     *
     * @param m the message
     * @return {@code {id, conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at}}
     */
    public static ObjectNode message(Message m) {
        ObjectNode node = JSON.objectNode()
                .put("id", m.id())
                .put("conversation_id", m.conversationId());
        node.set("sender_id", userId(m.senderId()));
        node.set("receiver_id", userId(m.receiverId()));
        node.put("content", m.content())
                .put("is_read", m.read());
        if (m.readAt() == null) {
            node.putNull("read_at");
        } else {
            node.put("read_at", time(m.readAt()));
        }
        return node.put("created_at", time(m.createdAt()));
    }

    /**
     * The same object as {@link #message(Message)}, written straight to JSON (no tree): the form
     * inside the {@code send_message} ack.
     *
     * @param m the message
     * @return a node the Socket.IO encoder copies as is
     */
    public static JsonNode rawMessage(Message m) {
        return raw(MessageJson.message(m));
    }

    private static JsonNode raw(String json) {
        return JSON.pojoNode(new RawValue(json));
    }

    /**
     * The {@code message_notification} payload: the message without {@code read_at}, plus
     * {@code "type": "new_message"}.
     *
     * @param m the message
     * @return the payload
     */
    public static ObjectNode messageNotification(Message m) {
        ObjectNode node = JSON.objectNode()
                .put("id", m.id())
                .put("conversation_id", m.conversationId());
        node.set("sender_id", userId(m.senderId()));
        node.set("receiver_id", userId(m.receiverId()));
        return node.put("content", m.content())
                .put("is_read", m.read())
                .put("created_at", time(m.createdAt()))
                .put("type", "new_message");
    }

    /**
     * A notification object, as in {@code new_notification} and the notifications API.
     *
     * @param n the notification
     * @return {@code {id, user_id, title, message, type, created_at}}
     */
    public static ObjectNode notification(Notification n) {
        ObjectNode node = JSON.objectNode().put("id", n.id());
        node.set("user_id", userId(n.userId()));
        return node.put("title", n.title())
                .put("message", n.message())
                .put("type", n.type())
                .put("created_at", time(n.createdAt()));
    }

    /**
     * A conversation object of the HTTP API.
     *
     * @param c the conversation
     * @return {@code {id, participants, created_at}}
     */
    public static ObjectNode conversation(Conversation c) {
        ObjectNode node = JSON.objectNode().put("id", c.id());
        ArrayNode participants = node.putArray("participants");
        participants.add(userId(c.first()));
        participants.add(userId(c.second()));
        return node.put("created_at", time(c.createdAt()));
    }

    /**
     * A conversation list entry of the HTTP API.
     *
     * @param s the summary
     * @return the conversation object plus {@code last_message} (or null) and {@code unread_count}
     */
    public static ObjectNode summary(ConversationSummary s) {
        ObjectNode node = conversation(s.conversation());
        node.set("last_message", s.lastMessage() == null ? JSON.nullNode() : message(s.lastMessage()));
        return node.put("unread_count", s.unreadCount());
    }

    /**
     * A JSON array of the encoded values.
     *
     * @param values the values
     * @param encoder how to encode one
     * @param <T> the value type
     * @return the array
     */
    public static <T> ArrayNode array(List<T> values, Function<T, ? extends JsonNode> encoder) {
        ArrayNode array = JSON.arrayNode(values.size());
        values.forEach(v -> array.add(encoder.apply(v)));
        return array;
    }

    /**
     * The {@code error} event payload and the ack's {@code error} member.
     *
     * @param code the stable wire code
     * @param message the sentence
     * @return {@code {message, code}}
     */
    public static ObjectNode error(String code, String message) {
        return JSON.objectNode().put("message", message).put("code", code);
    }

    /**
     * The stable wire code of a chat-core error: its enum name ({@code NOT_PARTICIPANT}).
     *
     * @param error the error
     * @return the code
     */
    public static String code(ChatError error) {
        return error.code().name();
    }

    /**
     * A user id: a JSON number when numeric, else a string.
     *
     * @param id the id
     * @return the node
     */
    public static JsonNode userId(UserId id) {
        return id.isNumeric() ? JSON.numberNode(id.asLong()) : JSON.textNode(id.value());
    }

    /**
     * A time as ISO-8601 UTC with milliseconds.
     *
     * @param instant the time
     * @return such as {@code 2023-10-27T10:00:00.000Z}
     */
    public static String time(Instant instant) {
        StringBuilder out = new StringBuilder(24);
        appendTime(out, instant);
        return out.toString();
    }

    /**
     * Appends {@link #time(Instant)}'s text, without building a {@code String} (a message carries
     * one or two times, written straight into its frame).
     *
     * @param out where to append
     * @param instant the time
     */
    public static void appendTime(StringBuilder out, Instant instant) {
        long millis;
        try {
            millis = instant.toEpochMilli();
        } catch (ArithmeticException outOfRange) {
            out.append(ISO_MILLIS.format(instant));
            return;
        }
        // Written digit by digit; years outside 0000-9999, which the formatter writes with a sign,
        // go through the formatter.
        long days = Math.floorDiv(millis, 86_400_000L);
        int msOfDay = (int) Math.floorMod(millis, 86_400_000L);
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian).
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            out.append(ISO_MILLIS.format(instant));
            return;
        }
        digits(out, (int) year, 4);
        out.append('-');
        digits(out, month, 2);
        out.append('-');
        digits(out, day, 2);
        out.append('T');
        digits(out, msOfDay / 3_600_000, 2);
        out.append(':');
        digits(out, msOfDay / 60_000 % 60, 2);
        out.append(':');
        digits(out, msOfDay / 1000 % 60, 2);
        out.append('.');
        digits(out, msOfDay % 1000, 3);
        out.append('Z');
    }

    /** {@code value} in exactly {@code width} digits, zero-padded. */
    private static void digits(StringBuilder out, int value, int width) {
        for (int divisor = width == 4 ? 1000 : width == 3 ? 100 : 10; divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }

    private static ObjectNode typing(long conversationId, UserId user) {
        ObjectNode node = JSON.objectNode().put("conversationId", conversationId);
        node.set("userId", userId(user));
        return node;
    }
}
