package dev.chat.protocol.internal.engineio;

import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.engineio.EnginePacketType;
import dev.chat.protocol.internal.ProtocolErrors;
import java.util.Base64;

/** Decodes one Engine.IO packet from text: a WebSocket text frame or one record of a payload. */
public final class EnginePacketReader {
  private static final EnginePacket.Close CLOSE = new EnginePacket.Close();
  private static final EnginePacket.Upgrade UPGRADE = new EnginePacket.Upgrade();
  private static final EnginePacket.Noop NOOP = new EnginePacket.Noop();

  private EnginePacketReader() {}

  /**
   * Decodes {@code text[from..to)}.
   *
   * @param text the text
   * @param from the first character of the packet
   * @param to the end of the packet, exclusive
   * @param maxJsonDepth the JSON depth limit for the handshake
   * @return the packet
   * @throws dev.chat.protocol.internal.DecodeFailure on malformed input
   */
  public static EnginePacket read(String text, int from, int to, int maxJsonDepth) {
    if (from >= to) {
      throw ProtocolErrors.emptyEnginePacket();
    }
    char code = text.charAt(from);
    if (code == 'b') {
      return new EnginePacket.BinaryMessage(base64(text, from + 1, to));
    }
    EnginePacketType type =
        EnginePacketType.fromCode(code).orElseThrow(() -> ProtocolErrors.unknownEngineType(code));
    boolean hasData = to - from > 1;
    return switch (type) {
      case OPEN -> new EnginePacket.Open(HandshakeJson.parse(text, from + 1, to, maxJsonDepth));
      case CLOSE -> noData(hasData, "close", CLOSE);
      case PING -> hasData ? new EnginePacket.Ping(text.substring(from + 1, to)) : EnginePacket.Ping.HEARTBEAT;
      case PONG -> hasData ? new EnginePacket.Pong(text.substring(from + 1, to)) : EnginePacket.Pong.HEARTBEAT;
      case MESSAGE -> new EnginePacket.TextMessage(text.substring(from + 1, to));
      case UPGRADE -> noData(hasData, "upgrade", UPGRADE);
      case NOOP -> noData(hasData, "noop", NOOP);
    };
  }

  private static EnginePacket noData(boolean hasData, String name, EnginePacket packet) {
    if (hasData) {
      throw ProtocolErrors.unexpectedData(name);
    }
    return packet;
  }

  private static byte[] base64(String text, int from, int to) {
    try {
      return Base64.getDecoder().decode(text.substring(from, to));
    } catch (IllegalArgumentException e) {
      throw ProtocolErrors.invalidBase64();
    }
  }
}
