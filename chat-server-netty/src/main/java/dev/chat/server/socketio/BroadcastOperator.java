package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.function.Consumer;

/**
 * An immutable broadcast target: rooms to include and rooms to exclude. Each method returns a new
 * operator; {@link #emit} sends through the namespace's {@link BroadcastAdapter}, encoding the packet
 * once. Thread-safe.
 */
public interface BroadcastOperator {

    /**
     * Adds a target room.
     *
     * @param room the room
     * @return a new operator
     */
    BroadcastOperator to(String room);

    /**
     * Adds an excluded room (a socket id excludes that socket).
     *
     * @param room the room
     * @return a new operator
     */
    BroadcastOperator except(String room);

    /**
     * Sends an event to every selected socket.
     *
     * @param event the event name
     * @param args the arguments (binary as {@code BinaryNode})
     */
    void emit(String event, JsonNode... args);

    /**
     * Sends an event with one argument that the caller writes as JSON text itself, straight into the
     * packet's one buffer: for frequent events, no tree and no intermediate copy. The text is copied
     * unchecked: it must be valid JSON written as {@code JSON.stringify} writes it (strings with
     * chat-protocol's {@code JsonText}), without binary. The default builds the text and emits it as
     * a {@code POJONode} over a {@code RawValue}, which the Socket.IO encoder copies as is.
     *
     * @param event the event name
     * @param jsonLength about how many chars the argument takes (sizes the buffer only)
     * @param json appends the argument's JSON text
     */
    default void emitJson(String event, int jsonLength, Consumer<StringBuilder> json) {
        StringBuilder text = new StringBuilder(jsonLength);
        json.accept(text);
        emit(event, JsonNodeFactory.instance.pojoNode(new RawValue(text.toString())));
    }
}
