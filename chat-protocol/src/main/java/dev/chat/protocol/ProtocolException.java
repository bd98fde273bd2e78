package dev.chat.protocol;

import java.util.Objects;

/**
 * Thrown by {@link DecodeResult#orElseThrow()} for callers that prefer exceptions to values, such
 * as a client that treats any protocol violation from the server as fatal.
 */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProtocolError error;

  /**
   * Creates an exception carrying {@code error}.
   *
   * @param error the protocol error
   */
  public ProtocolException(ProtocolError error) {
    super(Objects.requireNonNull(error, "error").toString());
    this.error = error;
  }

  /**
   * Returns the protocol error.
   *
   * @return the error this exception carries
   */
  public ProtocolError error() {
    return error;
  }
}
