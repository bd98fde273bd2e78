package dev.chat.protocol.engineio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.internal.DecodeFailure;
import dev.chat.protocol.JsonText;
import dev.chat.protocol.internal.json.JsonTreeReader;
import java.util.Objects;
import java.util.Optional;

/**
 * The errors an Engine.IO server answers a bad HTTP request with, and their JSON bodies exactly as
 * the reference server sends them, for example {@code {"code":1,"message":"Session ID unknown"}}.
 */
public enum EngineError {
  /** The {@code transport} query parameter is missing or unknown. */
  UNKNOWN_TRANSPORT(0, "Transport unknown"),
  /** The {@code sid} query parameter names no session. */
  UNKNOWN_SID(1, "Session ID unknown"),
  /** A handshake with a method other than GET. */
  BAD_HANDSHAKE_METHOD(2, "Bad handshake method"),
  /** A request that is otherwise malformed (for example a second concurrent GET). */
  BAD_REQUEST(3, "Bad request"),
  /** The application refused the request. HTTP 403. */
  FORBIDDEN(4, "Forbidden"),
  /** The {@code EIO} query parameter is not {@code 4}. */
  UNSUPPORTED_PROTOCOL_VERSION(5, "Unsupported protocol version");

  private static final EngineError[] BY_CODE = values();

  private final int code;
  private final String message;

  EngineError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  /**
   * Returns the numeric code in the body.
   *
   * @return 0 to 5
   */
  public int code() {
    return code;
  }

  /**
   * Returns the default message in the body.
   *
   * @return for example {@code "Session ID unknown"}
   */
  public String message() {
    return message;
  }

  /**
   * Returns the HTTP status the reference server uses: 403 for {@link #FORBIDDEN}, 400 otherwise.
   *
   * @return the HTTP status code
   */
  public int httpStatus() {
    return this == FORBIDDEN ? 403 : 400;
  }

  /**
   * Returns the JSON body with the default message.
   *
   * @return for example {@code {"code":1,"message":"Session ID unknown"}}
   */
  public String body() {
    return body(message);
  }

  /**
   * Returns the JSON body with a custom message, as engine.io sends when the application
   * refuses a request with its own reason.
   *
   * @param customMessage the message to send
   * @return for example {@code {"code":4,"message":"Origin not allowed"}}
   */
  public String body(String customMessage) {
    Objects.requireNonNull(customMessage, "customMessage");
    return "{\"code\":" + code + ",\"message\":" + JsonText.quote(customMessage) + "}";
  }

  /**
   * Reads the error out of a response body, for a client that got HTTP 400 or 403.
   *
   * @param body the response body, for example {@code {"code":1,"message":"Session ID unknown"}}
   * @return the error named by the body's {@code code}, or empty if the body is not such a body
   */
  public static Optional<EngineError> fromBody(String body) {
    Objects.requireNonNull(body, "body");
    if (body.length() > 4096) {
      return Optional.empty();
    }
    try {
      JsonNode code = JsonTreeReader.read(body, 0, body.length(), 2).get("code");
      return code != null && code.isInt() ? fromCode(code.intValue()) : Optional.empty();
    } catch (DecodeFailure e) {
      return Optional.empty();
    }
  }

  /**
   * Looks up an error by its numeric code.
   *
   * @param code the {@code code} field of a body
   * @return the error, or empty if unknown
   */
  public static Optional<EngineError> fromCode(int code) {
    return code >= 0 && code < BY_CODE.length ? Optional.of(BY_CODE[code]) : Optional.empty();
  }
}
