package dev.chat.server.engineio;

import java.util.Optional;

/** The Engine.IO transports, with the names used in the {@code transport} query parameter. */
public enum EngineTransport {
    /** HTTP long-polling: GET requests receive packets, POST requests deliver them. */
    POLLING("polling"),
    /** One WebSocket connection. */
    WEBSOCKET("websocket");

    private final String wireName;

    EngineTransport(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name in the {@code transport} query parameter.
     *
     * @return {@code polling} or {@code websocket}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Looks a transport up by its query-parameter name.
     *
     * @param name the value of the {@code transport} parameter
     * @return the transport, or empty if the name is unknown
     */
    public static Optional<EngineTransport> fromWireName(String name) {
        for (EngineTransport t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
