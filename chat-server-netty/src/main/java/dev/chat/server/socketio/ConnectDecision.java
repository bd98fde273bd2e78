package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/** A connection middleware's verdict: accept the socket (with data for it) or reject it. */
public sealed interface ConnectDecision {

    /**
     * Accepts the connection.
     *
     * @param socketData entries merged into {@link SocketIoSocket#data()}
     * @return the decision
     */
    static ConnectDecision accept(Map<String, Object> socketData) {
        return new Accept(socketData);
    }

    /**
     * Accepts the connection with no data.
     *
     * @return the decision
     */
    static ConnectDecision accept() {
        return new Accept(Map.of());
    }

    /**
     * Rejects the connection: the client gets CONNECT_ERROR {@code {"message":...,"data":...}}
     * (its {@code connect_error} event) and no socket is created.
     *
     * @param message the error message
     * @param data extra details, or null for none
     * @return the decision
     */
    static ConnectDecision reject(String message, JsonNode data) {
        return new Reject(message, data);
    }

    /**
     * Accepted.
     *
     * @param socketData entries merged into the socket's data
     */
    record Accept(Map<String, Object> socketData) implements ConnectDecision {
        /**
         * Copies the data.
         *
         * @param socketData the {@code socketData} component
         */
        public Accept {
            socketData = Map.copyOf(Objects.requireNonNull(socketData, "socketData"));
        }
    }

    /**
     * Rejected.
     *
     * @param message the error message sent to the client
     * @param data extra details sent to the client, or null for none
     */
    record Reject(String message, JsonNode data) implements ConnectDecision {
        /**
         * Validates.
         *
         * @param message the {@code message} component
         * @param data the {@code data} component
         */
        public Reject {
            Objects.requireNonNull(message, "message");
        }
    }
}
