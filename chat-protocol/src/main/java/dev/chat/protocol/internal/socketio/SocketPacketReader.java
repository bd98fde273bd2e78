package dev.chat.protocol.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.internal.ProtocolErrors;
import dev.chat.protocol.internal.json.JsonTreeReader;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.protocol.socketio.SocketPacketType;
import java.util.List;

/**
 * Parses the text of one Socket.IO packet:
 * {@code <type>[<attachments>-][<namespace>,][<ack id>][<JSON payload>]}, then checks the payload
 * against its type. Stateless; {@link PendingPacket} holds a binary packet while its attachments
 * arrive.
 */
public final class SocketPacketReader {

  /** Event names a client may not send; socket.io reserves them for its own use. */
  private static final List<String> RESERVED_EVENTS =
      List.of(
          "connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener");

  /** More digits than this cannot be a valid long. */
  private static final int MAX_LONG_DIGITS = 19;

  private SocketPacketReader() {}

  /**
   * Parses and validates {@code text}.
   *
   * @param text the packet text (without the Engine.IO {@code 4})
   * @param limits the limits
   * @param rejectReservedEvents whether reserved event names are an error (server side)
   * @return the parsed packet, waiting for attachments if {@link PendingPacket#attachmentsDue()} &gt; 0
   * @throws dev.chat.protocol.internal.DecodeFailure on malformed input
   */
  public static PendingPacket read(String text, ProtocolLimits limits, boolean rejectReservedEvents) {
    int n = text.length();
    if (n == 0) {
      throw ProtocolErrors.emptySocketPacket();
    }
    char code = text.charAt(0);
    SocketPacketType type =
        SocketPacketType.fromCode(code).orElseThrow(() -> ProtocolErrors.unknownSocketType(code));
    int i = 1;

    int attachments = 0;
    if (type.isBinary()) {
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start || i == n || text.charAt(i) != '-') {
        throw ProtocolErrors.invalidAttachmentCount();
      }
      long count = i - start > 9 ? Long.MAX_VALUE : Long.parseLong(text, start, i, 10);
      if (count == 0) {
        throw ProtocolErrors.invalidAttachmentCount(); // as socket.io-parser: a binary packet has one or more
      }
      if (count > limits.maxAttachments()) {
        throw ProtocolErrors.tooManyAttachments(limits.maxAttachments());
      }
      attachments = (int) count;
      i++; // the '-'
    }

    String namespace = SocketPacket.MAIN_NAMESPACE;
    if (i < n && text.charAt(i) == '/') {
      int comma = text.indexOf(',', i);
      int end = comma < 0 ? n : comma;
      namespace = text.substring(i, end);
      for (int k = 0; k < namespace.length(); k++) {
        char c = namespace.charAt(k);
        if (c < 0x20 || c == 0x7f) {
          throw ProtocolErrors.namespaceControlCharacter();
        }
      }
      i = comma < 0 ? n : comma + 1;
    } else if (i < n && !isDigit(text.charAt(i)) && !isJsonStart(text.charAt(i))
        && text.charAt(i) != '-' && looksLikeNamespace(text, i)) {
      throw ProtocolErrors.namespaceWithoutSlash();
    }

    long ackId = -1;
    if (i < n && isDigit(text.charAt(i))) {
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i < n && !isJsonStart(text.charAt(i))) {
        throw ProtocolErrors.ackIdNotANumber();
      }
      ackId = parseAckId(text, start, i);
    } else if (i < n && text.charAt(i) == '-') {
      throw ProtocolErrors.ackIdNotANumber();
    }

    boolean ackable =
        type == SocketPacketType.EVENT || type == SocketPacketType.BINARY_EVENT
            || type == SocketPacketType.ACK || type == SocketPacketType.BINARY_ACK;
    if (ackId >= 0 && !ackable) {
      throw ProtocolErrors.ackIdNotAllowed(type.name());
    }
    if (ackId < 0 && (type == SocketPacketType.ACK || type == SocketPacketType.BINARY_ACK)) {
      throw ProtocolErrors.ackIdMissing(type.name());
    }

    JsonNode payload = null;
    List<JsonTreeReader.Placeholder> placeholders = List.of();
    if (i < n) {
      if (type.isBinary()) {
        JsonTreeReader.Parsed parsed =
            JsonTreeReader.readWithPlaceholders(text, i, limits.maxJsonDepth(), attachments);
        payload = parsed.root();
        placeholders = parsed.placeholders();
      } else {
        payload = JsonTreeReader.read(text, i, n, limits.maxJsonDepth());
      }
    }
    validatePayload(type, payload, rejectReservedEvents);
    return new PendingPacket(type, namespace, ackId, payload, attachments, placeholders);
  }

  private static void validatePayload(
      SocketPacketType type, JsonNode payload, boolean rejectReservedEvents) {
    switch (type) {
      case CONNECT -> {
        if (payload != null && !payload.isObject()) {
          throw ProtocolErrors.invalidPayload("CONNECT payload must be a JSON object");
        }
      }
      case DISCONNECT -> {
        if (payload != null) {
          throw ProtocolErrors.invalidPayload("DISCONNECT packet must not carry a payload");
        }
      }
      case CONNECT_ERROR -> {
        if (payload == null || !(payload.isObject() || payload.isTextual())) {
          throw ProtocolErrors.invalidPayload(
              "CONNECT_ERROR payload must be a JSON object or string");
        }
      }
      case EVENT, BINARY_EVENT -> {
        if (payload == null || !payload.isArray()) {
          throw ProtocolErrors.invalidPayload(type.name() + " payload must be a JSON array");
        }
        if (payload.isEmpty()) {
          throw ProtocolErrors.invalidPayload(type.name() + " payload must not be empty");
        }
        JsonNode name = payload.get(0);
        if (!name.isTextual()) {
          throw ProtocolErrors.eventNameNotString();
        }
        if (rejectReservedEvents && RESERVED_EVENTS.contains(name.textValue())) {
          throw ProtocolErrors.reservedEventName(name.textValue());
        }
      }
      case ACK, BINARY_ACK -> {
        if (payload == null || !payload.isArray()) {
          throw ProtocolErrors.invalidPayload(type.name() + " payload must be a JSON array");
        }
      }
    }
  }

  private static long parseAckId(String text, int start, int end) {
    if (end - start > MAX_LONG_DIGITS) {
      throw ProtocolErrors.ackIdOverflow();
    }
    try {
      return Long.parseLong(text, start, end, 10);
    } catch (NumberFormatException e) {
      throw ProtocolErrors.ackIdOverflow(); // 19 digits above Long.MAX_VALUE
    }
  }

  /** A namespace without its slash: a run of characters up to a ',' before any JSON starts. */
  private static boolean looksLikeNamespace(String text, int from) {
    for (int k = from; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ',') {
        return true;
      }
      if (isJsonStart(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isJsonStart(char c) {
    return c == '[' || c == '{' || c == '"';
  }
}
