package dev.chat.protocol.engineio;

import java.util.List;
import java.util.Objects;

/**
 * The JSON payload of the Engine.IO {@code open} packet, for example
 * {@code {"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}}.
 *
 * @param sid the session id, not empty
 * @param upgrades the transports the client may upgrade to (for example {@code ["websocket"]})
 * @param pingInterval milliseconds between server pings, positive
 * @param pingTimeout milliseconds the client has to answer a ping, positive
 * @param maxPayload the largest payload the server accepts, in bytes, positive; or {@link
 *     #MAX_PAYLOAD_NOT_ANNOUNCED} when the open packet has no {@code maxPayload} (servers older than
 *     Engine.IO 4's {@code maxPayload}, and netty-socketio, send none; the official client then
 *     assumes no limit)
 */
public record Handshake(
    String sid, List<String> upgrades, long pingInterval, long pingTimeout, long maxPayload) {

  /**
   * The {@code maxPayload} of an open packet that announces none: no limit is known. Such a
   * handshake is encoded without the field.
   */
  public static final long MAX_PAYLOAD_NOT_ANNOUNCED = 0;

  /**
   * Validates the fields and copies {@code upgrades}.
   *
   * @param sid the record component of that name
   * @param upgrades the record component of that name
   * @param pingInterval the record component of that name
   * @param pingTimeout the record component of that name
   * @param maxPayload the record component of that name
   * @throws IllegalArgumentException naming the first invalid field
   */
  public Handshake {
    Objects.requireNonNull(sid, "sid");
    if (sid.isEmpty()) {
      throw new IllegalArgumentException("sid must not be empty");
    }
    upgrades = List.copyOf(Objects.requireNonNull(upgrades, "upgrades"));
    if (pingInterval < 1) {
      throw new IllegalArgumentException("pingInterval must be positive: " + pingInterval);
    }
    if (pingTimeout < 1) {
      throw new IllegalArgumentException("pingTimeout must be positive: " + pingTimeout);
    }
    if (maxPayload < 0) {
      throw new IllegalArgumentException(
          "maxPayload must be positive, or MAX_PAYLOAD_NOT_ANNOUNCED (0): " + maxPayload);
    }
  }

  /**
   * Whether the server announced a payload limit.
   *
   * @return false for {@link #MAX_PAYLOAD_NOT_ANNOUNCED}
   */
  public boolean announcesMaxPayload() {
    return maxPayload != MAX_PAYLOAD_NOT_ANNOUNCED;
  }
}
