package dev.chat.protocol.engineio;

import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.internal.DecodeFailure;
import dev.chat.protocol.internal.ProtocolErrors;
import dev.chat.protocol.internal.Utf8;
import dev.chat.protocol.internal.engineio.EnginePacketReader;
import dev.chat.protocol.internal.engineio.EnginePacketWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Encodes and decodes Engine.IO v4 packets for both transports. Stateless and thread-safe: one
 * instance can serve every connection.
 *
 * <ul>
 *   <li>WebSocket: each packet is one frame. A text frame is {@code <type>[<data>]} (for example
 *       {@code 42["hello"]}); a binary frame is a {@link EnginePacket.BinaryMessage} as is.
 *   <li>HTTP long-polling: a payload is packets joined by the record separator {@code \x1e}, with
 *       binary messages as {@code b<base64>} (for example {@code 4hello\x1ebAQIDBA==}).
 * </ul>
 *
 * <p>Decoding never throws on peer input: it returns {@link DecodeResult.Invalid}. Input larger
 * than {@link ProtocolLimits#maxPayloadBytes()} is rejected before it is parsed.
 */
public final class EngineCodec {

  /** The record separator between packets of a polling payload. */
  public static final char RECORD_SEPARATOR = '\u001e';

  private final ProtocolLimits limits;

  private EngineCodec(ProtocolLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Creates a codec with {@link ProtocolLimits#DEFAULTS}.
   *
   * @return a codec
   */
  public static EngineCodec create() {
    return new EngineCodec(ProtocolLimits.DEFAULTS);
  }

  /**
   * Creates a codec with the given limits.
   *
   * @param limits the input bounds
   * @return a codec
   */
  public static EngineCodec create(ProtocolLimits limits) {
    return new EngineCodec(limits);
  }

  /**
   * Returns the limits this codec enforces.
   *
   * @return the limits
   */
  public ProtocolLimits limits() {
    return limits;
  }

  /**
   * Encodes a packet as a WebSocket text frame.
   *
   * @param packet any packet but {@link EnginePacket.BinaryMessage}
   * @return the frame text, for example {@code 2probe}
   * @throws IllegalArgumentException for a binary message, which is sent as a binary frame of its
   *     bytes
   */
  public String encodeText(EnginePacket packet) {
    Objects.requireNonNull(packet, "packet");
    if (packet instanceof EnginePacket.BinaryMessage) {
      throw new IllegalArgumentException(
          "A BinaryMessage is sent as a binary frame of its bytes, not as text");
    }
    if (packet instanceof EnginePacket.TextMessage message) {
      return messageFrame(message.data());
    }
    StringBuilder out = new StringBuilder(16);
    EnginePacketWriter.append(out, packet);
    return out.toString();
  }

  /**
   * The fast path for the most common frame: a text message, {@code "4" + data}.
   *
   * @param data the message text, usually an encoded Socket.IO packet
   * @return the frame text
   */
  public static String messageFrame(String data) {
    return "4".concat(data);
  }

  /**
   * The polling record of a binary message: {@code b<base64>}.
   *
   * @param data the bytes
   * @return the record text
   */
  public static String binaryRecord(byte[] data) {
    return "b".concat(Base64.getEncoder().encodeToString(Objects.requireNonNull(data, "data")));
  }

  /**
   * Joins already-encoded records into an HTTP long-polling payload, so that a packet encoded once
   * (for example {@link dev.chat.protocol.socketio.EncodedPacket#text()} from
   * {@link dev.chat.protocol.socketio.SocketEncoder#encodeFrame}, and {@link #binaryRecord} for
   * its attachments) is not encoded again per recipient. Records must not contain the record
   * separator; text produced by this module never does (JSON escapes it).
   *
   * @param records one or more records, each a complete Engine.IO packet text
   * @return the payload text
   * @throws IllegalArgumentException if {@code records} is empty
   */
  public static String joinPayload(List<String> records) {
    Objects.requireNonNull(records, "records");
    if (records.isEmpty()) {
      throw new IllegalArgumentException("records must not be empty");
    }
    return records.size() == 1
        ? Objects.requireNonNull(records.get(0), "record")
        : String.join(String.valueOf(RECORD_SEPARATOR), records);
  }

  /**
   * Encodes packets as an HTTP long-polling payload.
   *
   * @param packets one or more packets; binary messages become {@code b<base64>}
   * @return the payload text
   * @throws IllegalArgumentException if {@code packets} is empty
   */
  public String encodePayload(List<? extends EnginePacket> packets) {
    Objects.requireNonNull(packets, "packets");
    if (packets.isEmpty()) {
      throw new IllegalArgumentException("packets must not be empty");
    }
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < packets.size(); i++) {
      if (i > 0) {
        out.append(RECORD_SEPARATOR);
      }
      EnginePacketWriter.append(out, Objects.requireNonNull(packets.get(i), "packet"));
    }
    return out.toString();
  }

  /**
   * Decodes a WebSocket text frame.
   *
   * @param frame the frame text
   * @return the packet, or why the frame is invalid
   */
  public DecodeResult<EnginePacket> decodeText(String frame) {
    Objects.requireNonNull(frame, "frame");
    try {
      if (Utf8.exceeds(frame, limits.maxPayloadBytes())) {
        throw ProtocolErrors.payloadTooLarge(limits.maxPayloadBytes());
      }
      return DecodeResult.ok(EnginePacketReader.read(frame, 0, frame.length(), limits.maxJsonDepth()));
    } catch (DecodeFailure failure) {
      return failure.toResult();
    }
  }

  /**
   * Decodes a WebSocket binary frame: always a binary message. The array is not copied.
   *
   * @param frame the frame bytes
   * @return the binary message, or why the frame is invalid
   */
  public DecodeResult<EnginePacket> decodeBinary(byte[] frame) {
    Objects.requireNonNull(frame, "frame");
    if (frame.length > limits.maxPayloadBytes()) {
      return ProtocolErrors.payloadTooLarge(limits.maxPayloadBytes()).toResult();
    }
    return DecodeResult.ok(new EnginePacket.BinaryMessage(frame));
  }

  /**
   * Decodes an HTTP long-polling payload.
   *
   * @param payload the request or response body
   * @return the packets in order, or why the payload is invalid (no packet is returned then)
   */
  public DecodeResult<List<EnginePacket>> decodePayload(String payload) {
    Objects.requireNonNull(payload, "payload");
    try {
      if (Utf8.exceeds(payload, limits.maxPayloadBytes())) {
        throw ProtocolErrors.payloadTooLarge(limits.maxPayloadBytes());
      }
      return DecodeResult.ok(split(payload));
    } catch (DecodeFailure failure) {
      return failure.toResult();
    }
  }

  /**
   * Decodes an HTTP long-polling payload from its UTF-8 bytes.
   *
   * @param payload the request or response body
   * @return the packets in order, or why the payload is invalid
   */
  public DecodeResult<List<EnginePacket>> decodePayload(byte[] payload) {
    Objects.requireNonNull(payload, "payload");
    if (payload.length > limits.maxPayloadBytes()) {
      return ProtocolErrors.payloadTooLarge(limits.maxPayloadBytes()).toResult();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(payload))
              .toString();
    } catch (CharacterCodingException e) {
      return ProtocolErrors.invalidUtf8().toResult();
    }
    try {
      return DecodeResult.ok(split(text));
    } catch (DecodeFailure failure) {
      return failure.toResult();
    }
  }

  private List<EnginePacket> split(String payload) {
    if (payload.isEmpty()) {
      throw ProtocolErrors.emptyEnginePayload();
    }
    List<EnginePacket> packets = new ArrayList<>(4);
    int start = 0;
    while (true) {
      int end = payload.indexOf(RECORD_SEPARATOR, start);
      if (packets.size() == limits.maxPacketsPerPayload()) {
        throw ProtocolErrors.tooManyPackets(limits.maxPacketsPerPayload());
      }
      int packetEnd = end < 0 ? payload.length() : end;
      packets.add(EnginePacketReader.read(payload, start, packetEnd, limits.maxJsonDepth()));
      if (end < 0) {
        return packets;
      }
      start = end + 1;
    }
  }
}
