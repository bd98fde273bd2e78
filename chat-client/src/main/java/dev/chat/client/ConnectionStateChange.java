package dev.chat.client;

import java.util.Objects;

/**
 * The client moved from one {@link ConnectionState} to another.
 *
 * @param previous the state before
 * @param current  the state now
 * @param reason   why, in a short sentence (such as {@code "connected"}, {@code "transport closed"},
 *                 {@code "ping timeout"}, {@code "closed by the application"}, or the server's
 *                 rejection message)
 */
public record ConnectionStateChange(ConnectionState previous, ConnectionState current, String reason)
        implements ChatEvent {
    /** Checks that the fields are present. */
    public ConnectionStateChange {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(reason, "reason");
    }
}
