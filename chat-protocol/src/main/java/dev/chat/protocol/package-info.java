/**
 * Values shared by the Engine.IO and Socket.IO layers: {@link dev.chat.protocol.DecodeResult},
 * {@link dev.chat.protocol.ProtocolError} with its stable {@link dev.chat.protocol.ProtocolErrorCode},
 * and the input bounds in {@link dev.chat.protocol.ProtocolLimits}.
 *
 * <p>Decoders never throw on bad peer input: they return {@link dev.chat.protocol.DecodeResult.Invalid}
 * with a code and an exact sentence. Caller mistakes (null arguments, impossible values) throw
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.IllegalStateException}.
 *
 * <p>A server connection, in short:
 *
 * <pre>{@code
 * EngineCodec engine = EngineCodec.create(limits);                // shared, stateless
 * SocketDecoder decoder = SocketDecoder.forServer(limits);        // one per connection
 *
 * // a WebSocket text frame arrives, for example 42["send_message",{...}]
 * DecodeResult<EnginePacket> frame = engine.decodeText(text);
 * if (frame instanceof DecodeResult.Ok<EnginePacket> ok
 *     && ok.value() instanceof EnginePacket.TextMessage message) {
 *   DecodeResult<Optional<SocketPacket>> packet = decoder.decodeText(message.data());
 *   // Ok(Optional.of(event)) -> dispatch; Ok(empty) -> attachments due; Invalid -> close
 * }
 *
 * // a broadcast: encode once, write the same frame to every recipient
 * EncodedPacket out = SocketEncoder.create().encodeFrame(SocketPacket.Event.of("new_message", json));
 * // out.text() is 42["new_message",{...}]; each of out.attachments() follows as a binary frame
 * }</pre>
 */
package dev.chat.protocol;
