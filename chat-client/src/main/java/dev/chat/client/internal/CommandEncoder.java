package dev.chat.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The seed's client commands, as the JSON argument each event sends ({@code camelCase}, as the seed).
 * Numeric user ids go out as JSON numbers, other ids as strings.
 */
public final class CommandEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A canonical decimal that fits in a long: no sign, no leading zero. */
    private static final Pattern NUMERIC_ID = Pattern.compile("0|[1-9][0-9]{0,18}");

    private CommandEncoder() {
    }

    /** The argument of {@code join_conversation} and {@code leave_conversation}: the bare id. */
    public static JsonNode conversationId(long conversationId) {
        return JSON.numberNode(conversationId);
    }

    /** The argument of {@code send_message}. */
    public static JsonNode sendMessage(long conversationId, String toUserId, String content) {
        ObjectNode node = JSON.objectNode();
        node.put("conversationId", conversationId);
        node.put("content", content);
        if (toUserId != null) {
            node.set("toUserId", userId(toUserId));
        }
        return node;
    }

    /** The argument of {@code mark_read}. */
    public static JsonNode markRead(long conversationId) {
        return JSON.objectNode().put("conversationId", conversationId);
    }

    /** The argument of {@code typing_start} and {@code typing_stop}. */
    public static JsonNode typing(long conversationId, String toUserId) {
        ObjectNode node = JSON.objectNode();
        node.put("conversationId", conversationId);
        if (toUserId != null) {
            node.set("toUserId", userId(toUserId));
        }
        return node;
    }

    /** A user id as the server expects it: a number when it is one. */
    public static JsonNode userId(String userId) {
        if (NUMERIC_ID.matcher(userId).matches()) {
            try {
                return JSON.numberNode(Long.parseLong(userId));
            } catch (NumberFormatException tooLarge) {
                return JSON.textNode(userId);
            }
        }
        return JSON.textNode(userId);
    }
}
