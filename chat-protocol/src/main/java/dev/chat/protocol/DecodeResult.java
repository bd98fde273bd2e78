package dev.chat.protocol;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of decoding peer input: {@link Ok} with a value, or {@link Invalid} with the
 * {@link ProtocolError} that says why the input was rejected.
 *
 * <p>Decoders return this instead of throwing, so bad input from a peer is an ordinary value. In
 * Java 17 consume it with {@code instanceof}:
 *
 * <pre>{@code
 * if (result instanceof DecodeResult.Ok<EnginePacket> ok) {
 *   handle(ok.value());
 * } else if (result instanceof DecodeResult.Invalid<EnginePacket> invalid) {
 *   close(invalid.error());
 * }
 * }</pre>
 *
 * @param <T> the decoded value type
 */
public sealed interface DecodeResult<T> {

  /**
   * Input decoded successfully.
   *
   * @param value the decoded value, never null
   * @param <T> the decoded value type
   */
  record Ok<T>(T value) implements DecodeResult<T> {
    /**
     * Validates that the value is present.
     *
     * @param value the record component of that name
     */
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Input was rejected.
   *
   * @param error why the input was rejected
   * @param <T> the value type that would have been decoded
   */
  record Invalid<T>(ProtocolError error) implements DecodeResult<T> {
    /**
     * Validates that the error is present.
     *
     * @param error the record component of that name
     */
    public Invalid {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * Returns a successful result.
   *
   * @param value the decoded value
   * @param <T> the value type
   * @return {@code new Ok<>(value)}
   */
  static <T> DecodeResult<T> ok(T value) {
    return new Ok<>(value);
  }

  /**
   * Returns a failed result.
   *
   * @param code the stable error code
   * @param message the exact sentence
   * @param <T> the value type
   * @return {@code new Invalid<>(new ProtocolError(code, message))}
   */
  static <T> DecodeResult<T> invalid(ProtocolErrorCode code, String message) {
    return new Invalid<>(new ProtocolError(code, message));
  }

  /**
   * Returns a failed result.
   *
   * @param error the protocol error
   * @param <T> the value type
   * @return {@code new Invalid<>(error)}
   */
  static <T> DecodeResult<T> invalid(ProtocolError error) {
    return new Invalid<>(error);
  }

  /**
   * Tells whether decoding succeeded.
   *
   * @return true for {@link Ok}
   */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /**
   * Returns the value, or throws {@link ProtocolException} carrying the error.
   *
   * @return the decoded value
   * @throws ProtocolException if this result is {@link Invalid}
   */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new ProtocolException(((Invalid<T>) this).error());
  }

  /**
   * Transforms the value of a successful result; a failed result is passed through.
   *
   * @param mapper the function applied to the value
   * @param <U> the new value type
   * @return the mapped result
   */
  default <U> DecodeResult<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(mapper.apply(ok.value()));
    }
    return new Invalid<>(((Invalid<T>) this).error());
  }
}
