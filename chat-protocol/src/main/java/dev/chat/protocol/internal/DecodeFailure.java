package dev.chat.protocol.internal;

import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolError;
import dev.chat.protocol.ProtocolErrorCode;

/**
 * Unwinds a decoder from deep inside parsing to the one place that turns it into
 * {@link DecodeResult.Invalid}. Never escapes the module. No stack trace: it is control flow for
 * hostile input, which must stay cheap.
 */
public final class DecodeFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProtocolError error;

  /**
   * Creates a failure.
   *
   * @param code the stable code
   * @param message the exact sentence
   */
  public DecodeFailure(ProtocolErrorCode code, String message) {
    super(message, null, false, false);
    this.error = new ProtocolError(code, message);
  }

  /**
   * Returns the error.
   *
   * @return the protocol error
   */
  public ProtocolError error() {
    return error;
  }

  /**
   * Returns this failure as a result.
   *
   * @param <T> the value type
   * @return {@link DecodeResult.Invalid} with the error
   */
  public <T> DecodeResult<T> toResult() {
    return DecodeResult.invalid(error);
  }
}
