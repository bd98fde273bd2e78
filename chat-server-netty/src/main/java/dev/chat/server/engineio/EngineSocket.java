package dev.chat.server.engineio;

import dev.chat.server.http.HttpRequest;
import java.util.function.Consumer;

/**
 * One Engine.IO session (one {@code sid}), whatever its transport.
 *
 * <p><b>Threading.</b> Every callback of one session runs on that session's event loop, one at a
 * time, in the order of arrival: {@link MessageListener} calls, then at most one close callback.
 * {@link #send} and {@link #close} may be called from any thread; messages sent from one thread are
 * delivered in the order sent, never lost or reordered across a polling to WebSocket upgrade. A
 * listener that throws is logged at ERROR; the session stays open.
 */
public interface EngineSocket {

    /**
     * The session id ({@code sid}).
     *
     * @return the id, unique among open sessions
     */
    String id();

    /**
     * The current transport; changes once, from polling to WebSocket, on upgrade.
     *
     * @return the transport
     */
    EngineTransport transport();

    /**
     * The request that opened the session (its method, path, query, headers and peer; no body).
     * The session keeps it for life, without the WebSocket upgrade's {@code Sec-WebSocket-Key} header
     * (a nonce of the handshake, of no use after it).
     *
     * @return the handshake request
     */
    HttpRequest request();

    /**
     * Queues a text message. Ignored once the session is closed.
     *
     * @param text the message
     */
    void send(String text);

    /**
     * Queues a binary message (a WebSocket binary frame, or {@code b<base64>} over polling).
     * Ignored once the session is closed. The array must not be modified afterwards.
     *
     * @param data the message
     */
    void send(byte[] data);

    /**
     * Sets the listener for messages from the peer; replaces any previous one.
     *
     * @param listener the listener
     */
    void onMessage(MessageListener listener);

    /**
     * Adds a callback run once when the session closes, with the reason
     * ({@code "transport close"}, {@code "ping timeout"}, {@code "forced close"},
     * {@code "transport error"}, {@code "parse error"}, {@code "server shutting down"}).
     *
     * @param listener the callback
     */
    void onClose(Consumer<String> listener);

    /** Closes the session (reason {@code "forced close"}), after sending what is queued when possible. */
    void close();

    /**
     * Whether the session is open.
     *
     * @return false once closed
     */
    boolean isOpen();

    /** Receives the peer's messages. */
    @FunctionalInterface
    interface MessageListener {
        /**
         * A text message.
         *
         * @param text the message
         */
        void onText(String text);

        /**
         * A binary message; ignored unless overridden.
         *
         * @param data the message, owned by the listener
         */
        default void onBinary(byte[] data) {
        }
    }
}
