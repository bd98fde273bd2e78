package dev.chat.client.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Opens WebSocket connections. The seam between the session and the network: the real one is
 * {@link JdkWebSocketTransport}, tests use a recording fake.
 */
public interface WebSocketTransport {
    /**
     * Starts opening a WebSocket. The listener is called from any thread: {@code onOpen} once, then
     * messages, then {@code onClosed} exactly once (also when opening fails).
     */
    void open(URI uri, Map<String, String> headers, Duration timeout, Listener listener);

    /** Receives one connection's events. */
    interface Listener {
        /** The WebSocket is open; {@code connection} sends on it. */
        void onOpen(Connection connection);

        /** A whole text message arrived. */
        void onText(String text);

        /** A whole binary message arrived. */
        void onBinary(byte[] data);

        /** The connection is gone (or never opened), with a short reason. Called once. */
        void onClosed(String reason);
    }

    /** An open WebSocket. Methods may be called from any thread. */
    interface Connection {
        /** Queues a text message; messages are sent in call order. */
        void sendText(String text);

        /** Closes the connection normally; {@link Listener#onClosed} follows. */
        void close();
    }
}
