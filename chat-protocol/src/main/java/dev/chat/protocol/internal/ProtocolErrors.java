package dev.chat.protocol.internal;

import dev.chat.protocol.ProtocolErrorCode;

/**
 * Every error sentence of the codec, in one place so that they stay exact and stable. Sentences
 * never contain unbounded peer input.
 */
public final class ProtocolErrors {
  private ProtocolErrors() {}

  public static DecodeFailure payloadTooLarge(int limit) {
    return new DecodeFailure(
        ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of " + limit + " bytes");
  }

  public static DecodeFailure attachmentsTooLarge(int limit) {
    return new DecodeFailure(
        ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Attachments exceed the limit of " + limit + " bytes");
  }

  public static DecodeFailure tooManyPackets(int limit) {
    return new DecodeFailure(
        ProtocolErrorCode.TOO_MANY_PACKETS, "Payload has more than " + limit + " packets");
  }

  public static DecodeFailure emptyEnginePacket() {
    return new DecodeFailure(ProtocolErrorCode.EMPTY_PACKET, "Engine.IO packet is empty");
  }

  public static DecodeFailure emptyEnginePayload() {
    return new DecodeFailure(ProtocolErrorCode.EMPTY_PACKET, "Engine.IO payload is empty");
  }

  public static DecodeFailure emptySocketPacket() {
    return new DecodeFailure(ProtocolErrorCode.EMPTY_PACKET, "Socket.IO packet is empty");
  }

  public static DecodeFailure unknownEngineType(char c) {
    return new DecodeFailure(
        ProtocolErrorCode.UNKNOWN_PACKET_TYPE,
        "Unknown Engine.IO packet type '" + printable(c) + "'");
  }

  public static DecodeFailure unknownSocketType(char c) {
    return new DecodeFailure(
        ProtocolErrorCode.UNKNOWN_PACKET_TYPE,
        "Unknown Socket.IO packet type '" + printable(c) + "'");
  }

  public static DecodeFailure unexpectedData(String typeName) {
    return new DecodeFailure(
        ProtocolErrorCode.UNEXPECTED_DATA, "Engine.IO " + typeName + " packet must not carry data");
  }

  public static DecodeFailure invalidBase64() {
    return new DecodeFailure(ProtocolErrorCode.INVALID_BASE64, "Binary packet is not valid base64");
  }

  public static DecodeFailure invalidUtf8() {
    return new DecodeFailure(ProtocolErrorCode.INVALID_UTF8, "Payload is not valid UTF-8");
  }

  public static DecodeFailure invalidHandshake(String what) {
    return new DecodeFailure(ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: " + what);
  }

  public static DecodeFailure invalidAttachmentCount() {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_ATTACHMENT_COUNT,
        "Attachment count must be a positive integer followed by '-'");
  }

  public static DecodeFailure tooManyAttachments(int limit) {
    return new DecodeFailure(
        ProtocolErrorCode.TOO_MANY_ATTACHMENTS, "Packet announces more than " + limit + " attachments");
  }

  public static DecodeFailure namespaceWithoutSlash() {
    return new DecodeFailure(ProtocolErrorCode.INVALID_NAMESPACE, "Namespace must start with '/'");
  }

  public static DecodeFailure namespaceControlCharacter() {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_NAMESPACE, "Namespace contains a control character");
  }

  public static DecodeFailure ackIdNotANumber() {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_ACK_ID, "Ack id must be a non-negative integer");
  }

  public static DecodeFailure ackIdOverflow() {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_ACK_ID, "Ack id does not fit in a signed 64-bit integer");
  }

  public static DecodeFailure ackIdNotAllowed(String typeName) {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_ACK_ID, typeName + " packet must not carry an ack id");
  }

  public static DecodeFailure ackIdMissing(String typeName) {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_ACK_ID, typeName + " packet must carry an ack id");
  }

  public static DecodeFailure invalidJson() {
    return new DecodeFailure(ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON");
  }

  public static DecodeFailure jsonTooDeep(int limit) {
    return new DecodeFailure(
        ProtocolErrorCode.JSON_TOO_DEEP, "JSON nesting exceeds the limit of " + limit + " levels");
  }

  public static DecodeFailure invalidPayload(String sentence) {
    return new DecodeFailure(ProtocolErrorCode.INVALID_PAYLOAD, sentence);
  }

  public static DecodeFailure eventNameNotString() {
    return new DecodeFailure(ProtocolErrorCode.INVALID_EVENT_NAME, "Event name must be a string");
  }

  public static DecodeFailure reservedEventName(String name) {
    return new DecodeFailure(
        ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name '" + name + "' is reserved");
  }

  public static DecodeFailure placeholderNumNotInteger() {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num must be an integer");
  }

  public static DecodeFailure placeholderNumOutOfRange(long num, int attachments) {
    return new DecodeFailure(
        ProtocolErrorCode.INVALID_PLACEHOLDER,
        "Placeholder num " + num + " is out of range for " + attachments(attachments));
  }

  public static DecodeFailure unexpectedBinary() {
    return new DecodeFailure(
        ProtocolErrorCode.UNEXPECTED_BINARY, "Binary attachment received while none is expected");
  }

  public static DecodeFailure unexpectedText(int remaining) {
    return new DecodeFailure(
        ProtocolErrorCode.UNEXPECTED_TEXT,
        "Text packet received with " + attachments(remaining) + " still due");
  }

  private static String attachments(int n) {
    return n == 1 ? "1 attachment" : n + " attachments";
  }

  /** Renders one peer character safely: printable ASCII as is, anything else as a {@code \\u} escape with four hex digits. */
  static String printable(char c) {
    return c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c);
  }
}
