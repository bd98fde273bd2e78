/**
 * Engine.IO v4 sessions on a path: HTTP long-polling, WebSocket, and the polling to WebSocket upgrade.
 *
 * <p>{@link dev.chat.server.engineio.EngineIoServer} gives raw Engine.IO sessions, as the
 * {@code engine.io} npm package does, for applications that want plain messages;
 * {@link dev.chat.server.socketio.SocketIoServer} is built on it.
 * {@link dev.chat.server.engineio.EngineConfig} holds every Engine.IO setting and limit.
 */
package dev.chat.server.engineio;
