package dev.chat.protocol.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.protocol.JsonText;
import dev.chat.protocol.internal.TextScratch;
import dev.chat.protocol.internal.json.JsonTreeWriter;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.protocol.socketio.SocketPacketType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Encodes Socket.IO packets in one pass: header, then the payload, into one buffer. A packet turns out binary only when a binary node is met; only then is the header
 * rewritten (the rare case pays for the copy, the common case does not).
 */
public final class SocketPacketWriter {
  private final JsonTreeWriter json;

  /**
   * Creates a writer.
   *
   * @param mapper serializes {@code POJONode} values
   */
  public SocketPacketWriter(ObjectMapper mapper) {
    this.json = new JsonTreeWriter(mapper);
  }

  /**
   * Encodes {@code packet}.
   *
   * @param packet the packet
   * @param engineMessagePrefix whether to start the text with the Engine.IO message type {@code 4}
   * @return the text and attachments
   */
  public EncodedPacket write(SocketPacket packet, boolean engineMessagePrefix) {
    StringBuilder out = TextScratch.take(384); // a chat message frame fits without regrowing
    if (engineMessagePrefix) {
      out.append('4');
    }
    int headerStart = out.length();
    SocketPacketType type = typeOf(packet);
    long ackId = ackIdOf(packet);
    appendHeader(out, type, 0, packet.namespace(), ackId);
    int bodyStart = out.length();
    List<byte[]> attachments = new ArrayList<>(0);
    writeBody(out, packet, attachments);
    if (attachments.isEmpty()) {
      return new EncodedPacket(TextScratch.finish(out), List.of());
    }
    if (type != SocketPacketType.EVENT && type != SocketPacketType.ACK) {
      TextScratch.finish(out);
      throw new IllegalArgumentException(type + " data must not contain binary");
    }
    StringBuilder binary = new StringBuilder(out.length() + 8);
    binary.append(out, 0, headerStart);
    appendHeader(binary, type, attachments.size(), packet.namespace(), ackId);
    binary.append(out, bodyStart, out.length());
    TextScratch.finish(out);
    return new EncodedPacket(binary.toString(), attachments);
  }

  /**
   * Writes the Engine.IO message frame of an event with one argument the caller writes as JSON text:
   * {@code 42[<namespace>,]["<event>",<argument>]}, in one buffer.
   *
   * @param namespace the namespace
   * @param event the event name
   * @param argumentLength about how many chars the argument takes (sizes the buffer)
   * @param argument appends the argument's JSON text
   * @return the frame text
   */
  public String writeEventFrame(
      String namespace, String event, int argumentLength, Consumer<StringBuilder> argument) {
    StringBuilder out = TextScratch.take(namespace.length() + event.length() + argumentLength + 16);
    out.append('4');
    appendHeader(out, SocketPacketType.EVENT, 0, namespace, -1);
    out.append('[');
    JsonText.appendQuoted(out, event);
    out.append(',');
    argument.accept(out);
    return TextScratch.finish(out.append(']'));
  }

  /** The text type; {@link #write} upgrades EVENT and ACK to their binary types when needed. */
  private static SocketPacketType typeOf(SocketPacket packet) {
    if (packet instanceof SocketPacket.Event) {
      return SocketPacketType.EVENT;
    } else if (packet instanceof SocketPacket.Ack) {
      return SocketPacketType.ACK;
    } else if (packet instanceof SocketPacket.Connect) {
      return SocketPacketType.CONNECT;
    } else if (packet instanceof SocketPacket.Disconnect) {
      return SocketPacketType.DISCONNECT;
    }
    return SocketPacketType.CONNECT_ERROR;
  }

  private static long ackIdOf(SocketPacket packet) {
    if (packet instanceof SocketPacket.Event event) {
      return event.ackId().orElse(-1);
    } else if (packet instanceof SocketPacket.Ack ack) {
      return ack.ackId();
    }
    return -1;
  }

  /** {@code <type>[<attachments>-][<namespace>,][<ack id>]}, with binary types when attachments > 0. */
  private static void appendHeader(
      StringBuilder out, SocketPacketType type, int attachments, String namespace, long ackId) {
    if (attachments > 0) {
      SocketPacketType binaryType =
          type == SocketPacketType.EVENT ? SocketPacketType.BINARY_EVENT : SocketPacketType.BINARY_ACK;
      out.append(binaryType.code()).append(attachments).append('-');
    } else {
      out.append(type.code());
    }
    if (!SocketPacket.MAIN_NAMESPACE.equals(namespace)) {
      out.append(namespace).append(',');
    }
    if (ackId >= 0) {
      out.append(ackId);
    }
  }

  private void writeBody(StringBuilder out, SocketPacket packet, List<byte[]> attachments) {
    if (packet instanceof SocketPacket.Event event) {
      out.append('[');
      JsonText.appendQuoted(out, event.name());
      for (JsonNode arg : event.args()) {
        out.append(',');
        json.write(out, arg, attachments);
      }
      out.append(']');
    } else if (packet instanceof SocketPacket.Ack ack) {
      out.append('[');
      List<JsonNode> args = ack.args();
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        json.write(out, args.get(i), attachments);
      }
      out.append(']');
    } else if (packet instanceof SocketPacket.Connect connect) {
      if (connect.data() != null) {
        json.write(out, connect.data(), attachments);
      }
    } else if (packet instanceof SocketPacket.ConnectError error) {
      json.write(out, error.data(), attachments);
    }
  }
}
