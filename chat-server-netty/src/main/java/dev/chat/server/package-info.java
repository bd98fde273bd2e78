/**
 * The chat server: the API of {@code websocket-chat-api.md} over Socket.IO (namespace {@code /})
 * and a JSON HTTP API on one port, on the general Netty host of this module.
 *
 * <p>{@link dev.chat.server.ChatServer} is the embedding API: build it from a
 * {@link dev.chat.server.ChatServerConfig} (and optionally a store, a conversation policy, a token
 * verifier and the host application's own namespaces and HTTP endpoints), start it, call the chat
 * service directly through {@link dev.chat.server.ChatServer#chat()}, and stop it. The standalone
 * server ({@code java -jar chat-server.jar}) is this class driven by environment variables and flags.
 */
package dev.chat.server;
