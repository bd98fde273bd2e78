package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers a client's event that asked for an acknowledgement. Only the first call sends an ACK
 * packet; later calls are ignored. May be called from any thread, at any later time.
 */
@FunctionalInterface
public interface Acknowledger {

    /**
     * Sends the acknowledgement.
     *
     * @param args the ack arguments (binary as {@code BinaryNode})
     */
    void ack(JsonNode... args);
}
