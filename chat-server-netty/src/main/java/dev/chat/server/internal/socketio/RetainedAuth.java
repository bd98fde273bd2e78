package dev.chat.server.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A CONNECT packet's {@code auth} payload as a socket keeps it for {@code handshake()}: its JSON
 * bytes rather than the Jackson tree (a map, its entries and a node per value, about twice the size,
 * and every connection keeps one), read back into an equal tree when asked for. A tree that would not
 * read back the same (binary attachments, very deep nesting) is kept as it is.
 */
final class RetainedAuth {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Within Jackson's default nesting limit for reading, with room to spare. */
    private static final int MAX_DEPTH = 64;

    private RetainedAuth() {
    }

    /**
     * The form to keep.
     *
     * @param auth the payload the client sent (an empty object if none)
     * @return null for an empty object, the JSON bytes, or the tree itself
     */
    static Object retain(JsonNode auth) {
        if (auth.isObject() && auth.isEmpty()) {
            return null;
        }
        if (!readsBack(auth, 0)) {
            return auth;
        }
        try {
            return JSON.writeValueAsBytes(auth);
        } catch (IOException e) {
            return auth;
        }
    }

    /**
     * The payload again: a tree equal to the one {@link #retain} was given.
     *
     * @param retained what {@link #retain} returned
     * @return the tree
     */
    static JsonNode restore(Object retained) {
        if (retained == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (retained instanceof JsonNode node) {
            return node;
        }
        try {
            return JSON.readTree((byte[]) retained);
        } catch (IOException e) {
            throw new UncheckedIOException("retained auth does not read back", e);
        }
    }

    /** Whether writing the tree and reading it back gives an equal tree (the node types Jackson reads). */
    private static boolean readsBack(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        switch (node.getNodeType()) {
            case STRING, BOOLEAN, NULL -> {
                return true;
            }
            case NUMBER -> {
                // As the parser types them: the smallest integer type that holds the value.
                return node.isInt() || node.isDouble()
                        || node.isLong() && !node.canConvertToInt()
                        || node.isBigInteger() && !node.canConvertToLong();
            }
            case ARRAY, OBJECT -> {
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                    if (!readsBack(it.next(), depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false; // binary, POJO, missing
            }
        }
    }
}
