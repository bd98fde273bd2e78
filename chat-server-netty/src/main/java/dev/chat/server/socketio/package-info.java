/**
 * A general Socket.IO v5 host: namespaces with connection middleware, event handlers, acks in both
 * directions, binary attachments, rooms and broadcasts.
 *
 * <p>Build a {@link dev.chat.server.socketio.SocketIoServer}, register namespaces with
 * {@link dev.chat.server.socketio.SocketIoServer#of(String)}, and mount it on a
 * {@link dev.chat.server.host.NettyHost}.
 *
 * <p><b>Threading.</b> The handlers of one socket (middleware completion, connection handlers,
 * event handlers, ack callbacks, disconnect callbacks) are never run concurrently and run in the order
 * the packets arrived: by default on the socket's event loop, or on the namespace's
 * {@linkplain dev.chat.server.socketio.Namespace#handlerExecutor(java.util.concurrent.Executor) handler
 * executor} one task at a time per socket. {@code emit}, {@code join}, {@code leave},
 * {@code disconnect} and broadcasts may be called from any thread. Binary data is a Jackson
 * {@link com.fasterxml.jackson.databind.node.BinaryNode} anywhere in the arguments.
 */
package dev.chat.server.socketio;
