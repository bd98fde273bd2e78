/**
 * The Java client for the chat server: a typed API over Socket.IO v5 / Engine.IO v4 on the JDK's
 * {@code java.net.http} WebSocket. Only {@code dev.chat.client} is exported.
 */
module dev.chat.client {
    requires transitive dev.chat.protocol;
    requires com.fasterxml.jackson.databind;
    requires java.net.http;

    exports dev.chat.client;
}
