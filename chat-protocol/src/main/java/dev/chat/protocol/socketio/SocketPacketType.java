package dev.chat.protocol.socketio;

import java.util.Optional;

/** The seven Socket.IO v5 packet types and their one-character wire codes. */
public enum SocketPacketType {
  /** Connection to a namespace (client: with auth payload; server: with {@code {"sid":...}}). */
  CONNECT('0'),
  /** Disconnection from a namespace. */
  DISCONNECT('1'),
  /** An event: {@code ["name", args...]}. */
  EVENT('2'),
  /** The acknowledgement of an event: {@code [args...]}. */
  ACK('3'),
  /** Refusal of a connection to a namespace. */
  CONNECT_ERROR('4'),
  /** An event with binary attachments. */
  BINARY_EVENT('5'),
  /** An acknowledgement with binary attachments. */
  BINARY_ACK('6');

  private static final SocketPacketType[] BY_CODE = values();

  private final char code;

  SocketPacketType(char code) {
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
   * Tells whether packets of this type carry binary attachments.
   *
   * @return true for {@link #BINARY_EVENT} and {@link #BINARY_ACK}
   */
  public boolean isBinary() {
    return this == BINARY_EVENT || this == BINARY_ACK;
  }

  /**
   * Looks up a type by its wire code.
   *
   * @param code a character from the wire
   * @return the type, or empty if {@code code} is not {@code '0'} to {@code '6'}
   */
  public static Optional<SocketPacketType> fromCode(char code) {
    int index = code - '0';
    return index >= 0 && index < BY_CODE.length ? Optional.of(BY_CODE[index]) : Optional.empty();
  }
}
