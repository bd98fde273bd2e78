package dev.chat.protocol.internal.engineio;

import dev.chat.protocol.engineio.EnginePacket;
import java.util.Base64;

/** Encodes Engine.IO packets as text. */
public final class EnginePacketWriter {
  private EnginePacketWriter() {}

  /**
   * Appends the text form of {@code packet}; a binary message becomes {@code b<base64>}, which is
   * only right inside a polling payload.
   *
   * @param out where to append
   * @param packet the packet
   */
  public static void append(StringBuilder out, EnginePacket packet) {
    if (packet instanceof EnginePacket.BinaryMessage binary) {
      out.append('b').append(Base64.getEncoder().encodeToString(binary.data()));
      return;
    }
    out.append(packet.type().code());
    if (packet instanceof EnginePacket.TextMessage message) {
      out.append(message.data());
    } else if (packet instanceof EnginePacket.Ping ping) {
      out.append(ping.data());
    } else if (packet instanceof EnginePacket.Pong pong) {
      out.append(pong.data());
    } else if (packet instanceof EnginePacket.Open open) {
      HandshakeJson.append(out, open.handshake());
    }
  }
}
