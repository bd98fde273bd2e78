package dev.chat.core.port;

import dev.chat.core.ChatEvent;
import dev.chat.core.ConnectionId;
import java.util.Optional;
import java.util.Set;

/**
 * Where the service sends outbound events: the host's room registry and broadcaster.
 *
 * <p>Threading: called from whatever thread called the service, possibly many at once, so
 * implementations are thread-safe. Calls must be quick (enqueue, don't write to a socket
 * synchronously), must not call back into the service, and should not throw: an exception propagates
 * to the service's caller after the store has already committed.
 */
public interface ChatEventSink {

    /**
     * Adds a connection to an audience. Idempotent.
     *
     * @param connection the connection
     * @param audience the audience
     */
    void subscribe(ConnectionId connection, Audience audience);

    /**
     * Removes a connection from an audience. Idempotent.
     *
     * @param connection the connection
     * @param audience the audience
     */
    void unsubscribe(ConnectionId connection, Audience audience);

    /**
     * Delivers an event once to every connection subscribed to at least one of the audiences, except
     * {@code except}. A connection in several of the audiences gets the event once.
     *
     * @param event the event
     * @param to the audiences, not empty
     * @param except a connection that must not get the event, or empty
     */
    void emit(ChatEvent event, Set<Audience> to, Optional<ConnectionId> except);
}
