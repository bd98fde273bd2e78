package dev.chat.server.internal.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.core.SendMessage;
import dev.chat.core.UserId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the arguments of the seed's client events into chat-core commands. Lenient where the seed
 * is (ids as numbers or numeric strings; a bare id or {@code {conversationId}} for the events that
 * take only an id), strict about everything else. Stateless.
 */
final class ChatPayloadDecoder {

    /** A {@code typing_start} / {@code typing_stop} payload. */
    record Typing(long conversationId, Optional<UserId> toUserId) {}

    static final String JOIN_SHAPE = "join_conversation expects a conversation id (a number or a numeric string)";
    static final String LEAVE_SHAPE = "leave_conversation expects a conversation id (a number or a numeric string)";
    static final String SEND_SHAPE =
            "send_message expects {conversationId, content, toUserId?} with content a string";
    static final String MARK_READ_SHAPE = "mark_read expects {conversationId}";
    static final String TYPING_START_SHAPE = "typing_start expects {conversationId, toUserId?}";
    static final String TYPING_STOP_SHAPE = "typing_stop expects {conversationId, toUserId?}";

    private static final long NO_ID = 0;
    private static final Pattern POSITIVE_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private ChatPayloadDecoder() {}

    static PayloadResult<Long> join(List<JsonNode> args) {
        return idOrObject(args, JOIN_SHAPE);
    }

    static PayloadResult<Long> leave(List<JsonNode> args) {
        return idOrObject(args, LEAVE_SHAPE);
    }

    static PayloadResult<Long> markRead(List<JsonNode> args) {
        return idOrObject(args, MARK_READ_SHAPE);
    }

    static PayloadResult<SendMessage> send(List<JsonNode> args) {
        JsonNode payload = first(args);
        if (payload == null || !payload.isObject()) {
            return new PayloadResult.Invalid<>(SEND_SHAPE);
        }
        long conversationId = id(payload.get("conversationId"));
        JsonNode content = payload.get("content");
        if (conversationId == NO_ID || (content != null && !content.isNull() && !content.isTextual())) {
            return new PayloadResult.Invalid<>(SEND_SHAPE);
        }
        PayloadResult<Optional<UserId>> to = optionalUser(payload.get("toUserId"), SEND_SHAPE);
        if (to instanceof PayloadResult.Invalid<Optional<UserId>> invalid) {
            return new PayloadResult.Invalid<>(invalid.message());
        }
        JsonNode clientMessageId = payload.get("clientMessageId");
        if (clientMessageId != null && !clientMessageId.isNull() && !clientMessageId.isTextual()) {
            return new PayloadResult.Invalid<>(SEND_SHAPE);
        }
        SendMessage command = SendMessage.of(conversationId, content == null || content.isNull() ? null : content.asText());
        Optional<UserId> receiver = ((PayloadResult.Ok<Optional<UserId>>) to).value();
        if (receiver.isPresent()) {
            command = command.toUser(receiver.get());
        }
        if (clientMessageId != null && clientMessageId.isTextual()) {
            command = command.withClientMessageId(clientMessageId.asText());
        }
        return new PayloadResult.Ok<>(command);
    }

    static PayloadResult<Typing> typingStart(List<JsonNode> args) {
        return typing(args, TYPING_START_SHAPE);
    }

    static PayloadResult<Typing> typingStop(List<JsonNode> args) {
        return typing(args, TYPING_STOP_SHAPE);
    }

    private static PayloadResult<Typing> typing(List<JsonNode> args, String shape) {
        JsonNode payload = first(args);
        if (payload == null) {
            return new PayloadResult.Invalid<>(shape);
        }
        if (!payload.isObject()) {
            long id = id(payload);
            return id == NO_ID ? new PayloadResult.Invalid<>(shape) : new PayloadResult.Ok<>(new Typing(id, Optional.empty()));
        }
        long conversationId = id(payload.get("conversationId"));
        PayloadResult<Optional<UserId>> to = optionalUser(payload.get("toUserId"), shape);
        if (conversationId == NO_ID || to instanceof PayloadResult.Invalid) {
            return new PayloadResult.Invalid<>(shape);
        }
        return new PayloadResult.Ok<>(new Typing(conversationId, ((PayloadResult.Ok<Optional<UserId>>) to).value()));
    }

    private static PayloadResult<Long> idOrObject(List<JsonNode> args, String shape) {
        JsonNode payload = first(args);
        if (payload != null && payload.isObject()) {
            payload = payload.get("conversationId");
        }
        long id = id(payload);
        return id == NO_ID ? new PayloadResult.Invalid<>(shape) : new PayloadResult.Ok<>(id);
    }

    /**
     * A positive conversation id: an integral JSON number or a canonical decimal string; {@link #NO_ID}
     * if there is none (a primitive, not an {@code Optional<Long>}: this runs for every message).
     */
    private static long id(JsonNode node) {
        if (node == null) {
            return NO_ID;
        }
        if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0) {
            return node.asLong();
        }
        if (node.isTextual() && POSITIVE_ID.matcher(node.asText()).matches()) {
            return Long.parseLong(node.asText());
        }
        return NO_ID;
    }

    /** An optional user id: absent or null, an integral number, or a valid id string. */
    private static PayloadResult<Optional<UserId>> optionalUser(JsonNode node, String shape) {
        if (node == null || node.isNull()) {
            return new PayloadResult.Ok<>(Optional.empty());
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new PayloadResult.Ok<>(Optional.of(UserId.of(node.asLong())));
        }
        if (node.isTextual()) {
            Optional<UserId> user = UserId.parse(node.asText());
            if (user.isPresent()) {
                return new PayloadResult.Ok<>(user);
            }
        }
        return new PayloadResult.Invalid<>(shape);
    }

    private static JsonNode first(List<JsonNode> args) {
        return args.isEmpty() ? null : args.get(0);
    }
}
