package dev.chat.server.socketio;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A Socket.IO namespace: connection middleware, connection handlers, its sockets and rooms.
 * Obtained from {@link SocketIoServer#of(String)}. Thread-safe; register middleware and handlers before
 * the host starts.
 */
public interface Namespace extends BroadcastOperator {

    /**
     * The name, such as {@code /} or {@code /admin}.
     *
     * @return the name
     */
    String name();

    /**
     * Adds a connection middleware, run after those added before it.
     *
     * @param middleware the middleware
     * @return this namespace
     */
    Namespace use(ConnectMiddleware middleware);

    /**
     * Adds a handler for accepted sockets. Handlers run after the client has been sent its CONNECT
     * packet; register the socket's event handlers there.
     *
     * @param handler the handler
     * @return this namespace
     */
    Namespace onConnection(Consumer<SocketIoSocket> handler);

    /**
     * Sets the handler of an event for every socket of this namespace, as if each socket had set it
     * with {@link SocketIoSocket#on}; a handler a socket sets itself for that name takes precedence,
     * and {@link SocketIoSocket#onAny} handlers only see events that neither handles. Replaces any
     * previous namespace handler for that name. Unlike handlers set on each socket in a connection
     * handler, it costs no memory per socket: the handler gets the socket as its first argument.
     *
     * @param event the event name
     * @param handler the handler
     * @return this namespace
     */
    Namespace on(String event, EventHandler handler);

    /**
     * Adds a listener called once when any socket of this namespace disconnects, with the socket and
     * the reason (see {@link SocketIoSocket#onDisconnect}), after the socket's own disconnect listeners.
     *
     * @param listener the callback
     * @return this namespace
     */
    Namespace onDisconnect(BiConsumer<SocketIoSocket, String> listener);

    /**
     * Runs this namespace's handlers on the given executor instead of the socket's event loop, one
     * task at a time per socket so that each socket's order is kept.
     *
     * @param executor the executor for handlers that may block
     * @return this namespace
     */
    Namespace handlerExecutor(Executor executor);

    /**
     * The connected sockets of this process.
     *
     * @return a snapshot
     */
    Collection<SocketIoSocket> sockets();

    /**
     * A connected socket by id.
     *
     * @param id the socket id
     * @return the socket, or empty if not connected here
     */
    Optional<SocketIoSocket> socket(String id);

    /**
     * The adapter holding this namespace's rooms.
     *
     * @return the adapter
     */
    BroadcastAdapter adapter();
}
