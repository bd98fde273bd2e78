package dev.chat.client;

/**
 * Where a {@link ChatClient} is in its life. The order of a normal life is
 * {@code NEW → CONNECTING → CONNECTED → (RECONNECTING → CONNECTED)* → CLOSED}.
 */
public enum ConnectionState {
    /** Built, {@link ChatClient#connect()} not called yet. */
    NEW,
    /** Opening the WebSocket, the Engine.IO handshake or the Socket.IO namespace, for the first time. */
    CONNECTING,
    /** The namespace is connected: commands are sent and events arrive. */
    CONNECTED,
    /** The connection was lost; the client waits for its backoff delay or is connecting again. */
    RECONNECTING,
    /**
     * Terminal: closed by {@link ChatClient#close()}, rejected by the server (bad token), disconnected
     * by the server, or out of reconnection attempts. The {@link ConnectionStateChange#reason()} says which.
     */
    CLOSED;

    /** Whether commands can be sent now. */
    public boolean isConnected() {
        return this == CONNECTED;
    }
}
