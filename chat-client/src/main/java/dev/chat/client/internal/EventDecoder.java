package dev.chat.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.client.ChatEvent;
import dev.chat.client.Message;
import dev.chat.client.MessageNotification;
import dev.chat.client.MessagesRead;
import dev.chat.client.Notification;
import dev.chat.client.ServerError;
import dev.chat.client.TypingStarted;
import dev.chat.client.TypingStopped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The seed's server events, from their JSON arguments to records: the one place that knows the wire
 * field names ({@code snake_case} for messages and notifications, {@code camelCase} for receipts and
 * typing). Pure and stateless.
 */
public final class EventDecoder {
    private EventDecoder() {
    }

    /** What an incoming event turned into. */
    public sealed interface Result {
        /** A seed event. */
        record Decoded(ChatEvent event) implements Result {
        }

        /** An event name this client does not know; ignored. */
        record Unknown(String name) implements Result {
        }

        /** A known event whose payload has the wrong shape. */
        record Malformed(String name, String reason) implements Result {
        }
    }

    /** Decodes the event {@code name} with its arguments. */
    public static Result decode(String name, List<JsonNode> args) {
        JsonNode body = args.isEmpty() ? null : args.get(0);
        try {
            ChatEvent event = switch (name) {
                case "new_message" -> message(object(body, "payload"));
                case "message_notification" -> messageNotification(object(body, "payload"));
                case "messages_read" -> messagesRead(object(body, "payload"));
                case "typing_start" -> new TypingStarted(longField(object(body, "payload"), "conversationId"),
                        userId(body, "userId"));
                case "typing_stop" -> new TypingStopped(longField(object(body, "payload"), "conversationId"),
                        userId(body, "userId"));
                case "new_notification" -> notification(object(body, "payload"));
                case "error" -> serverError(body);
                default -> null;
            };
            return event == null ? new Result.Unknown(name) : new Result.Decoded(event);
        } catch (MalformedException malformed) {
            return new Result.Malformed(name, malformed.getMessage());
        }
    }

    /** A message object, as in {@code new_message} and the {@code send_message} acknowledgement. */
    public static Message message(JsonNode node) throws MalformedException {
        object(node, "message");
        return new Message(longField(node, "id"), longField(node, "conversation_id"),
                userId(node, "sender_id"), userId(node, "receiver_id"), text(node, "content"),
                bool(node, "is_read"), optionalInstant(node, "read_at"), instant(node, "created_at"));
    }

    /**
     * An {@code error} payload. The seed sends {@code {"message"}}, this server adds a {@code code};
     * anything else still becomes an error with code {@code UNKNOWN}.
     */
    public static ServerError serverError(JsonNode node) {
        if (node != null && node.isObject()) {
            String code = node.path("code").isTextual() ? node.get("code").asText() : "UNKNOWN";
            String message = node.path("message").isTextual() ? node.get("message").asText() : node.toString();
            return new ServerError(code, message);
        }
        if (node != null && node.isTextual()) {
            return new ServerError("UNKNOWN", node.asText());
        }
        return new ServerError("UNKNOWN", String.valueOf(node));
    }

    private static MessageNotification messageNotification(JsonNode node) throws MalformedException {
        return new MessageNotification(longField(node, "id"), longField(node, "conversation_id"),
                userId(node, "sender_id"), userId(node, "receiver_id"), text(node, "content"),
                bool(node, "is_read"), instant(node, "created_at"), text(node, "type"));
    }

    private static MessagesRead messagesRead(JsonNode node) throws MalformedException {
        return new MessagesRead(longField(node, "conversationId"), userId(node, "userId"),
                instant(node, "readAt"));
    }

    private static Notification notification(JsonNode node) throws MalformedException {
        return new Notification(longField(node, "id"), userId(node, "user_id"), text(node, "title"),
                text(node, "message"), text(node, "type"), instant(node, "created_at"));
    }

    private static JsonNode object(JsonNode node, String what) throws MalformedException {
        if (node == null || !node.isObject()) {
            throw new MalformedException(what + " is not a JSON object");
        }
        return node;
    }

    private static JsonNode field(JsonNode node, String name) throws MalformedException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedException("field " + name + " is missing");
        }
        return value;
    }

    /** An id sent as a JSON integer or as a decimal string. */
    private static long longField(JsonNode node, String name) throws MalformedException {
        JsonNode value = field(node, name);
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException notNumeric) {
                // falls through to the error below
            }
        }
        throw new MalformedException("field " + name + " is not an integer");
    }

    /** A user id: numbers keep their decimal form, strings are taken as they are. */
    private static String userId(JsonNode node, String name) throws MalformedException {
        JsonNode value = field(node, name);
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isTextual()) {
            return value.asText();
        }
        throw new MalformedException("field " + name + " is not a user id");
    }

    private static String text(JsonNode node, String name) throws MalformedException {
        JsonNode value = field(node, name);
        if (!value.isTextual()) {
            throw new MalformedException("field " + name + " is not a string");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String name) throws MalformedException {
        JsonNode value = field(node, name);
        if (!value.isBoolean()) {
            throw new MalformedException("field " + name + " is not a boolean");
        }
        return value.booleanValue();
    }

    private static Instant instant(JsonNode node, String name) throws MalformedException {
        String value = text(node, name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notATime) {
            throw new MalformedException("field " + name + " is not an ISO-8601 instant");
        }
    }

    private static Instant optionalInstant(JsonNode node, String name) throws MalformedException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : instant(node, name);
    }

    /** A payload of the wrong shape; the message names the field. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }
}
