package dev.chat.protocol.engineio;

import java.util.Optional;

/** The seven Engine.IO v4 packet types and their one-character wire codes. */
public enum EnginePacketType {
  /** Sent by the server with the handshake. */
  OPEN('0'),
  /** Asks the other side to close the transport. */
  CLOSE('1'),
  /** Heartbeat request (server to client), or {@code 2probe} during an upgrade. */
  PING('2'),
  /** Heartbeat reply, or {@code 3probe} during an upgrade. */
  PONG('3'),
  /** Carries application data (a Socket.IO packet). */
  MESSAGE('4'),
  /** Completes the polling to WebSocket upgrade. */
  UPGRADE('5'),
  /** Does nothing; flushes a pending polling request during an upgrade. */
  NOOP('6');

  private static final EnginePacketType[] BY_CODE = values();

  private final char code;

  EnginePacketType(char code) {
    this.code = code;
  }

  /**
   * Returns the wire code, {@code '0'} to {@code '6'}.
   *
   * @return the one-character code
   */
  public char code() {
    return code;
  }

  /**
   * Looks up a type by its wire code.
   *
   * @param code a character from the wire
   * @return the type, or empty if {@code code} is not {@code '0'} to {@code '6'}
   */
  public static Optional<EnginePacketType> fromCode(char code) {
    int index = code - '0';
    return index >= 0 && index < BY_CODE.length ? Optional.of(BY_CODE[index]) : Optional.empty();
  }
}
