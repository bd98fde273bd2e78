package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;

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
}
