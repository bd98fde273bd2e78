/**
 * Engine.IO v4: the packet model ({@link dev.chat.protocol.engineio.EnginePacket}), the wire codec
 * for WebSocket frames and HTTP long-polling payloads ({@link dev.chat.protocol.engineio.EngineCodec}),
 * the handshake, the HTTP error bodies ({@link dev.chat.protocol.engineio.EngineError}) and the
 * sans-I/O ping/pong state machine ({@link dev.chat.protocol.engineio.Heartbeat}).
 *
 * <p>Specification: <a href="https://github.com/socketio/engine.io-protocol">engine.io-protocol</a>, v4.
 */
package dev.chat.protocol.engineio;
