package dev.chat.client;

/** Where the client puts its token when it connects. */
public enum AuthMethod {
    /** In the Socket.IO CONNECT packet as {@code {"token":"..."}}: the seed's preferred method. */
    AUTH_PAYLOAD,
    /** In the WebSocket handshake request as {@code Authorization: Bearer ...}. */
    AUTHORIZATION_HEADER
}
