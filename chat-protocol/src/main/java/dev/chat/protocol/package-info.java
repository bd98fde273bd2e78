/**
 * Values shared by the Engine.IO and Socket.IO layers: {@link dev.chat.protocol.DecodeResult},
 * {@link dev.chat.protocol.ProtocolError} with its stable {@link dev.chat.protocol.ProtocolErrorCode},
 * and the input bounds in {@link dev.chat.protocol.ProtocolLimits}.
 *
 * <p>Decoders never throw on bad peer input: they return {@link dev.chat.protocol.DecodeResult.Invalid}
 * with a code and an exact sentence. Caller mistakes (null arguments, impossible values) throw
 * {@link java.lang.IllegalArgumentException} or {@link java.lang.IllegalStateException}.
 */
package dev.chat.protocol;
