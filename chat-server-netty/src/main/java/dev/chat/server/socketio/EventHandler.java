package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Handles one named event from a client. An exception thrown here is logged at ERROR and the socket
 * stays connected.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Handles the event.
     *
     * @param socket the socket the event came from
     * @param args the event arguments, without the event name (binary as {@code BinaryNode})
     * @param ack present when the client asked for an acknowledgement
     */
    void handle(SocketIoSocket socket, List<JsonNode> args, Optional<Acknowledger> ack);
}
