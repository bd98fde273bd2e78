package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Handles the events that no {@link EventHandler} is registered for. */
@FunctionalInterface
public interface AnyEventHandler {

    /**
     * Handles the event.
     *
     * @param socket the socket the event came from
     * @param event the event name
     * @param args the event arguments
     * @param ack present when the client asked for an acknowledgement
     */
    void handle(SocketIoSocket socket, String event, List<JsonNode> args, Optional<Acknowledger> ack);
}
