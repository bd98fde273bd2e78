package dev.chat.core;

import java.util.Objects;

/**
 * Who makes a call: an authenticated user on one of their connections.
 *
 * @param user the authenticated user
 * @param connection the connection the call came in on
 */
public record Caller(UserId user, ConnectionId connection) {

    /**
     * Validates that both parts are present.
     *
     * @param user the authenticated user
     * @param connection the connection the call came in on
     */
    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connection, "connection");
    }

    /**
     * Returns a caller.
     *
     * @param user the authenticated user
     * @param connection the connection the call came in on
     * @return the caller
     */
    public static Caller of(UserId user, ConnectionId connection) {
        return new Caller(user, connection);
    }
}
