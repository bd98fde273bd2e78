package dev.chat.protocol;

import java.util.Objects;

/**
 * Why a peer's input was rejected: a stable {@link ProtocolErrorCode} for programs and an exact
 * English sentence for people. The sentence never echoes unbounded peer input.
 *
 * @param code the stable error code
 * @param message the exact human-readable sentence
 */
public record ProtocolError(ProtocolErrorCode code, String message) {

  /**
   * Validates that both fields are present.
   *
   * @param code the record component of that name
   * @param message the record component of that name
   */
  public ProtocolError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
