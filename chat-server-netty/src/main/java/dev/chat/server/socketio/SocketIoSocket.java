package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A client connected to one namespace. See the package documentation for threading: handlers of one
 * socket never run concurrently; every method here may be called from any thread.
 */
public interface SocketIoSocket {

    /**
     * The socket id (also the name of its own room).
     *
     * @return the id
     */
    String id();

    /**
     * The namespace this socket is connected to.
     *
     * @return the namespace
     */
    Namespace namespace();

    /**
     * The data the middleware accepted the socket with; mutable, thread-safe.
     *
     * @return the data map
     */
    Map<String, Object> data();

    /**
     * What the client presented to connect. Each call returns an equal copy (the socket keeps its
     * handshake in a compact form): changing the returned {@code auth} tree changes only that copy.
     *
     * @return the handshake
     */
    Handshake handshake();

    /**
     * Sets the handler of an event; replaces any previous one for that name.
     *
     * @param event the event name
     * @param handler the handler
     * @return this socket
     */
    SocketIoSocket on(String event, EventHandler handler);

    /**
     * Sets the handler of events that have no handler of their own.
     *
     * @param handler the handler
     * @return this socket
     */
    SocketIoSocket onAny(AnyEventHandler handler);

    /**
     * Adds a callback run once when the socket disconnects, with the reason
     * ({@code "client namespace disconnect"}, {@code "server namespace disconnect"},
     * {@code "transport close"}, {@code "ping timeout"}, {@code "transport error"},
     * {@code "parse error"}, {@code "forced close"}, {@code "server shutting down"}).
     *
     * @param listener the callback
     * @return this socket
     */
    SocketIoSocket onDisconnect(Consumer<String> listener);

    /**
     * Sends an event to this client.
     *
     * @param event the event name
     * @param args the arguments (binary as {@code BinaryNode})
     */
    void emit(String event, JsonNode... args);

    /**
     * Sends an event and waits for the client's acknowledgement.
     *
     * @param event the event name
     * @param timeout how long to wait
     * @param args the arguments
     * @return the ack arguments; completes exceptionally with a {@link java.util.concurrent.TimeoutException}
     *     after the timeout, or with an {@link IllegalStateException} if the socket disconnects first
     */
    CompletableFuture<List<JsonNode>> emitWithAck(String event, Duration timeout, JsonNode... args);

    /**
     * Joins a room.
     *
     * @param room the room
     */
    void join(String room);

    /**
     * Leaves a room.
     *
     * @param room the room
     */
    void leave(String room);

    /**
     * The rooms of this socket, including its own id.
     *
     * @return a snapshot
     */
    Set<String> rooms();

    /**
     * A broadcast to a room that excludes this socket.
     *
     * @param room the room
     * @return the operator
     */
    BroadcastOperator to(String room);

    /**
     * Disconnects this socket from its namespace (the client sees {@code "io server disconnect"}).
     * The Engine.IO session stays open for the client's other namespaces.
     */
    void disconnect();

    /**
     * Whether the socket is connected.
     *
     * @return false once disconnected
     */
    boolean isConnected();
}
