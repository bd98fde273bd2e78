package dev.chat.core;

import java.util.Objects;

/**
 * One live connection of a user (for example a Socket.IO socket id), opaque to the domain.
 *
 * @param value the host's id for the connection; not empty
 */
public record ConnectionId(String value) {

    /**
     * Validates the id.
     *
     * @param value the host's id for the connection; not empty
     * @throws IllegalArgumentException if the value is empty
     */
    public ConnectionId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("connection id must not be empty");
        }
    }

    /**
     * Returns the connection id for a string.
     *
     * @param value the host's id
     * @return the connection id
     */
    public static ConnectionId of(String value) {
        return new ConnectionId(value);
    }

    /** Returns the id string itself. */
    @Override
    public String toString() {
        return value;
    }
}
