package dev.chat.protocol.socketio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.protocol.internal.socketio.SocketPacketWriter;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Encodes Socket.IO v5 packets. Stateless and thread-safe: encode a broadcast once and write the
 * same {@link EncodedPacket} to every recipient.
 *
 * <p>Format: {@code <type>[<attachments>-][<namespace>,][<ack id>][<JSON payload>]}, the namespace
 * only when it is not {@code /}. An event or ack whose arguments contain a
 * {@link com.fasterxml.jackson.databind.node.BinaryNode} is sent as BINARY_EVENT / BINARY_ACK with
 * {@code {"_placeholder":true,"num":N}} in place of each binary and the bytes as attachments.
 *
 * <p>Encoding is one pass: the header and the JSON are written into one buffer. Wrap an
 * application value in a {@link com.fasterxml.jackson.databind.node.POJONode} to have it
 * serialized by this encoder's {@link ObjectMapper} without building a tree first (binary inside a
 * POJO is written the mapper's way, as base64, not as an attachment). A {@code POJONode} holding a
 * {@link com.fasterxml.jackson.databind.util.RawValue} of a {@code String} is JSON the caller wrote
 * itself: it is copied as is, unchecked, so it must be valid JSON written as {@code JSON.stringify}
 * would write it.
 */
public final class SocketEncoder {
  private static final SocketEncoder DEFAULT = new SocketEncoder(new ObjectMapper());

  private final SocketPacketWriter writer;

  private SocketEncoder(ObjectMapper mapper) {
    this.writer = new SocketPacketWriter(mapper);
  }

  /**
   * Returns an encoder whose {@code ObjectMapper} has Jackson's defaults.
   *
   * @return the shared default encoder
   */
  public static SocketEncoder create() {
    return DEFAULT;
  }

  /**
   * Returns an encoder that serializes {@code POJONode} values with {@code mapper}.
   *
   * @param mapper a configured mapper; it must not be reconfigured afterwards
   * @return an encoder
   */
  public static SocketEncoder create(ObjectMapper mapper) {
    return new SocketEncoder(Objects.requireNonNull(mapper, "mapper"));
  }

  /**
   * Encodes a packet as Socket.IO text plus attachments, for example {@code 2["foo"]}.
   *
   * @param packet the packet
   * @return the text and attachments
   * @throws IllegalArgumentException if a CONNECT or CONNECT_ERROR payload contains binary
   * @throws java.io.UncheckedIOException if a {@code POJONode} cannot be serialized
   */
  public EncodedPacket encode(SocketPacket packet) {
    return writer.write(Objects.requireNonNull(packet, "packet"), false);
  }

  /**
   * The fast path to the wire: encodes a packet straight into an Engine.IO message, for example
   * {@code 42["new_message",{...}]}. The text is a complete WebSocket text frame and a complete
   * polling record; each attachment follows as a binary frame (WebSocket) or a {@code b<base64>}
   * record (polling).
   *
   * @param packet the packet
   * @return the text with the {@code 4} prefix, and the attachments
   * @throws IllegalArgumentException if a CONNECT or CONNECT_ERROR payload contains binary
   * @throws java.io.UncheckedIOException if a {@code POJONode} cannot be serialized
   */
  public EncodedPacket encodeFrame(SocketPacket packet) {
    return writer.write(Objects.requireNonNull(packet, "packet"), true);
  }

  /**
   * The fastest path to the wire, for an event with one argument that the caller writes as JSON
   * text itself: the Engine.IO message {@code 42[<namespace>,]["<event>",<argument>]} written in one
   * buffer, with no tree and no intermediate copy of the argument. The text is the same as
   * {@link #encodeFrame} gives for that argument as a {@code POJONode} over a {@code RawValue}: it is
   * copied unchecked, so it must be valid JSON written as {@code JSON.stringify} writes it (strings
   * with {@link dev.chat.protocol.JsonText}) and without binary.
   *
   * @param namespace the namespace, {@code /} for the main one
   * @param event the event name
   * @param argumentLength about how many chars the argument takes (sizes the buffer only)
   * @param argument appends the argument's JSON text to the frame
   * @return the frame text, with the {@code 4} prefix
   */
  public String encodeEventFrame(
      String namespace, String event, int argumentLength, Consumer<StringBuilder> argument) {
    return writer.writeEventFrame(
        Objects.requireNonNull(namespace, "namespace"),
        Objects.requireNonNull(event, "event"),
        argumentLength,
        Objects.requireNonNull(argument, "argument"));
  }
}
