package dev.chat.protocol.engineio;

import java.util.Arrays;
import java.util.Objects;

/**
 * One Engine.IO v4 packet. Immutable; text versus binary is an encoding detail handled by
 * {@link EngineCodec}.
 */
public sealed interface EnginePacket {

  /**
   * Returns the packet type.
   *
   * @return the wire type of this packet
   */
  EnginePacketType type();

  /**
   * {@code open}: the server's handshake, wire form {@code 0{"sid":...}}.
   *
   * @param handshake the session parameters
   */
  record Open(Handshake handshake) implements EnginePacket {
    /**
     * Validates that the handshake is present.
     *
     * @param handshake the record component of that name
     */
    public Open {
      Objects.requireNonNull(handshake, "handshake");
    }

    @Override
    public EnginePacketType type() {
      return EnginePacketType.OPEN;
    }
  }

  /** {@code close}: wire form {@code 1}. */
  record Close() implements EnginePacket {
    @Override
    public EnginePacketType type() {
      return EnginePacketType.CLOSE;
    }
  }

  /**
   * {@code ping}: wire form {@code 2}, or {@code 2probe} during an upgrade.
   *
   * @param data the payload, empty for a heartbeat ping
   */
  record Ping(String data) implements EnginePacket {
    /** The heartbeat ping, {@code 2}. */
    public static final Ping HEARTBEAT = new Ping("");

    /** The upgrade probe, {@code 2probe}. */
    public static final Ping PROBE = new Ping("probe");

    /**
     * Validates that the data is present (use {@code ""} for none).
     *
     * @param data the record component of that name
     */
    public Ping {
      Objects.requireNonNull(data, "data");
    }

    @Override
    public EnginePacketType type() {
      return EnginePacketType.PING;
    }
  }

  /**
   * {@code pong}: wire form {@code 3}, or {@code 3probe} during an upgrade.
   *
   * @param data the payload, empty for a heartbeat pong
   */
  record Pong(String data) implements EnginePacket {
    /** The heartbeat pong, {@code 3}. */
    public static final Pong HEARTBEAT = new Pong("");

    /** The upgrade probe answer, {@code 3probe}. */
    public static final Pong PROBE = new Pong("probe");

    /**
     * Validates that the data is present (use {@code ""} for none).
     *
     * @param data the record component of that name
     */
    public Pong {
      Objects.requireNonNull(data, "data");
    }

    @Override
    public EnginePacketType type() {
      return EnginePacketType.PONG;
    }
  }

  /** {@code message}: application data, text or binary. */
  sealed interface Message extends EnginePacket {
    @Override
    default EnginePacketType type() {
      return EnginePacketType.MESSAGE;
    }
  }

  /**
   * A text {@code message}: wire form {@code 4<data>} (for example {@code 42["hello"]}).
   *
   * @param data the text, usually an encoded Socket.IO packet
   */
  record TextMessage(String data) implements Message {
    /**
     * Validates that the data is present.
     *
     * @param data the record component of that name
     */
    public TextMessage {
      Objects.requireNonNull(data, "data");
    }
  }

  /**
   * A binary {@code message}: a WebSocket binary frame as is, or {@code b<base64>} in a polling
   * payload. The array is not copied: do not modify it after handing it over.
   *
   * @param data the bytes
   */
  record BinaryMessage(byte[] data) implements Message {
    /**
     * Validates that the data is present.
     *
     * @param data the record component of that name
     */
    public BinaryMessage {
      Objects.requireNonNull(data, "data");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof BinaryMessage that && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "BinaryMessage[" + data.length + " bytes]";
    }
  }

  /** {@code upgrade}: wire form {@code 5}. */
  record Upgrade() implements EnginePacket {
    @Override
    public EnginePacketType type() {
      return EnginePacketType.UPGRADE;
    }
  }

  /** {@code noop}: wire form {@code 6}. */
  record Noop() implements EnginePacket {
    @Override
    public EnginePacketType type() {
      return EnginePacketType.NOOP;
    }
  }
}
