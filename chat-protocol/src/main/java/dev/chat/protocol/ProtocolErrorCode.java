package dev.chat.protocol;

/**
 * Stable codes for rejected peer input. Names never change once published; the exact sentences
 * are listed on each constant ({@code %d}/{@code %s} are filled in by the decoder).
 */
public enum ProtocolErrorCode {
  /**
   * Input is larger than {@link ProtocolLimits#maxPayloadBytes()}: "Payload exceeds the limit of
   * %d bytes" or "Attachments exceed the limit of %d bytes".
   */
  PAYLOAD_TOO_LARGE,
  /** A polling payload has too many packets: "Payload has more than %d packets". */
  TOO_MANY_PACKETS,
  /**
   * Nothing to decode: "Engine.IO packet is empty", "Engine.IO payload is empty" or "Socket.IO
   * packet is empty".
   */
  EMPTY_PACKET,
  /** "Unknown Engine.IO packet type '%s'" or "Unknown Socket.IO packet type '%s'". */
  UNKNOWN_PACKET_TYPE,
  /** An Engine.IO close, upgrade or noop packet with data: "Engine.IO %s packet must not carry data". */
  UNEXPECTED_DATA,
  /** "Binary packet is not valid base64". */
  INVALID_BASE64,
  /** "Payload is not valid UTF-8". */
  INVALID_UTF8,
  /** An Engine.IO open packet that is not a handshake: "Invalid handshake: %s". */
  INVALID_HANDSHAKE,
  /** "Attachment count must be a positive integer followed by '-'". */
  INVALID_ATTACHMENT_COUNT,
  /** "Packet announces more than %d attachments". */
  TOO_MANY_ATTACHMENTS,
  /** "Namespace must start with '/'" or "Namespace contains a control character". */
  INVALID_NAMESPACE,
  /**
   * "Ack id must be a non-negative integer", "Ack id does not fit in a signed 64-bit integer",
   * "%s packet must not carry an ack id" or "%s packet must carry an ack id".
   */
  INVALID_ACK_ID,
  /** "Payload is not valid JSON". */
  INVALID_JSON,
  /** "JSON nesting exceeds the limit of %d levels". */
  JSON_TOO_DEEP,
  /**
   * A payload of the wrong shape for its packet type, for example "EVENT payload must be a JSON
   * array" or "CONNECT payload must be a JSON object".
   */
  INVALID_PAYLOAD,
  /** "Event name must be a string". */
  INVALID_EVENT_NAME,
  /** A client sent an event name reserved by Socket.IO: "Event name '%s' is reserved". */
  RESERVED_EVENT_NAME,
  /**
   * A binary placeholder that points nowhere: "Placeholder num must be an integer" or
   * "Placeholder num %d is out of range for %d attachments" ("1 attachment" in the singular).
   */
  INVALID_PLACEHOLDER,
  /** "Binary attachment received while none is expected". */
  UNEXPECTED_BINARY,
  /** "Text packet received with %d attachments still due" ("1 attachment" in the singular). */
  UNEXPECTED_TEXT
}
