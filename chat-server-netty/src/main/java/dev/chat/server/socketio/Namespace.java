package dev.chat.server.socketio;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Executor;
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
