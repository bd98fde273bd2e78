package dev.chat.protocol.internal.engineio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.engineio.Handshake;
import dev.chat.protocol.internal.ProtocolErrors;
import dev.chat.protocol.JsonText;
import dev.chat.protocol.internal.json.JsonTreeReader;
import java.util.ArrayList;
import java.util.List;

/** The JSON form of {@link Handshake}, with the field order of the reference server. */
public final class HandshakeJson {
  private HandshakeJson() {}

  /**
   * Appends {@code {"sid":...,"upgrades":[...],"pingInterval":...,"pingTimeout":...,"maxPayload":...}}.
   *
   * @param out where to append
   * @param handshake the handshake
   */
  public static void append(StringBuilder out, Handshake handshake) {
    out.append("{\"sid\":");
    JsonText.appendQuoted(out, handshake.sid());
    out.append(",\"upgrades\":[");
    List<String> upgrades = handshake.upgrades();
    for (int i = 0; i < upgrades.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      JsonText.appendQuoted(out, upgrades.get(i));
    }
    out.append("],\"pingInterval\":").append(handshake.pingInterval());
    out.append(",\"pingTimeout\":").append(handshake.pingTimeout());
    if (handshake.announcesMaxPayload()) {
      out.append(",\"maxPayload\":").append(handshake.maxPayload());
    }
    out.append('}');
  }

  /**
   * Parses the data of an {@code open} packet. An absent {@code maxPayload} is {@link
   * Handshake#MAX_PAYLOAD_NOT_ANNOUNCED}, as the official client accepts it; a present one must be a
   * positive integer.
   *
   * @param text the packet text
   * @param from where the JSON starts
   * @param to where the JSON ends, exclusive
   * @param maxDepth the JSON depth limit
   * @return the handshake
   * @throws dev.chat.protocol.internal.DecodeFailure if it is not a valid handshake
   */
  public static Handshake parse(String text, int from, int to, int maxDepth) {
    if (from >= to) {
      throw ProtocolErrors.invalidHandshake("open packet has no data");
    }
    JsonNode root = JsonTreeReader.read(text, from, to, maxDepth);
    if (!root.isObject()) {
      throw ProtocolErrors.invalidHandshake("data is not a JSON object");
    }
    JsonNode sid = root.get("sid");
    if (sid == null || !sid.isTextual() || sid.textValue().isEmpty()) {
      throw ProtocolErrors.invalidHandshake("'sid' must be a non-empty string");
    }
    JsonNode upgradesNode = root.get("upgrades");
    List<String> upgrades = new ArrayList<>();
    if (upgradesNode != null) {
      if (!upgradesNode.isArray()) {
        throw ProtocolErrors.invalidHandshake("'upgrades' must be an array of strings");
      }
      for (JsonNode upgrade : upgradesNode) {
        if (!upgrade.isTextual()) {
          throw ProtocolErrors.invalidHandshake("'upgrades' must be an array of strings");
        }
        upgrades.add(upgrade.textValue());
      }
    }
    return new Handshake(
        sid.textValue(),
        upgrades,
        positive(root, "pingInterval"),
        positive(root, "pingTimeout"),
        root.has("maxPayload")
            ? positive(root, "maxPayload")
            : Handshake.MAX_PAYLOAD_NOT_ANNOUNCED);
  }

  private static long positive(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
      throw ProtocolErrors.invalidHandshake("'" + field + "' must be a positive integer");
    }
    return value.longValue();
  }
}
