package dev.chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.socketio.SocketDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input is the normal case for a server codec: each row feeds one malformed input and
 * asserts the exact error code and sentence. No row may throw, hang or allocate without bound.
 */
class HostileInputTest {

  private static final ProtocolLimits SMALL =
      ProtocolLimits.builder()
          .maxPayloadBytes(64)
          .maxAttachments(2)
          .maxPacketsPerPayload(3)
          .maxJsonDepth(4)
          .build();

  static Stream<Arguments> table() {
    return Stream.of(
        // Socket.IO packet text, as sent by a client
        socket("empty packet", "", ProtocolErrorCode.EMPTY_PACKET, "Socket.IO packet is empty"),
        socket("unknown packet type", "7[\"x\"]",
            ProtocolErrorCode.UNKNOWN_PACKET_TYPE, "Unknown Socket.IO packet type '7'"),
        socket("letter as packet type", "x",
            ProtocolErrorCode.UNKNOWN_PACKET_TYPE, "Unknown Socket.IO packet type 'x'"),
        socket("control character as packet type", "\u0000[]",
            ProtocolErrorCode.UNKNOWN_PACKET_TYPE, "Unknown Socket.IO packet type '\\u0000'"),
        socket("truncated JSON", "2[\"x\"",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        socket("garbage after the JSON", "2[\"x\"]]",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        socket("single-quoted JSON", "2['x']",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        socket("NaN is not JSON", "2[\"x\",NaN]",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        socket("2000-digit number", "2[\"x\"," + "9".repeat(2000) + "]",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        socket("EVENT payload is an object", "2{\"a\":1}",
            ProtocolErrorCode.INVALID_PAYLOAD, "EVENT payload must be a JSON array"),
        socket("EVENT payload is a string", "2\"hello\"",
            ProtocolErrorCode.INVALID_PAYLOAD, "EVENT payload must be a JSON array"),
        socket("EVENT without payload", "2",
            ProtocolErrorCode.INVALID_PAYLOAD, "EVENT payload must be a JSON array"),
        socket("EVENT payload is empty", "2[]",
            ProtocolErrorCode.INVALID_PAYLOAD, "EVENT payload must not be empty"),
        socket("event name is a number", "2[1,\"x\"]",
            ProtocolErrorCode.INVALID_EVENT_NAME, "Event name must be a string"),
        socket("event name is null", "2[null]",
            ProtocolErrorCode.INVALID_EVENT_NAME, "Event name must be a string"),
        socket("event name is an object", "2[{\"a\":1}]",
            ProtocolErrorCode.INVALID_EVENT_NAME, "Event name must be a string"),
        socket("reserved name connect", "2[\"connect\"]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'connect' is reserved"),
        socket("reserved name connect_error", "2[\"connect_error\",{}]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'connect_error' is reserved"),
        socket("reserved name disconnect", "2/admin,[\"disconnect\"]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'disconnect' is reserved"),
        socket("reserved name disconnecting", "25[\"disconnecting\"]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'disconnecting' is reserved"),
        socket("reserved name newListener", "2[\"newListener\",\"x\"]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'newListener' is reserved"),
        socket("reserved name removeListener in a binary event",
            "51-[\"removeListener\",{\"_placeholder\":true,\"num\":0}]",
            ProtocolErrorCode.RESERVED_EVENT_NAME, "Event name 'removeListener' is reserved"),
        socket("namespace without slash", "2admin,[\"x\"]",
            ProtocolErrorCode.INVALID_NAMESPACE, "Namespace must start with '/'"),
        socket("namespace with a control character", "2/ad\u0001min,[\"x\"]",
            ProtocolErrorCode.INVALID_NAMESPACE, "Namespace contains a control character"),
        socket("non-numeric ack id", "212a[\"x\"]",
            ProtocolErrorCode.INVALID_ACK_ID, "Ack id must be a non-negative integer"),
        socket("negative ack id", "2-1[\"x\"]",
            ProtocolErrorCode.INVALID_ACK_ID, "Ack id must be a non-negative integer"),
        socket("ack id of 20 digits", "2" + "9".repeat(20) + "[\"x\"]",
            ProtocolErrorCode.INVALID_ACK_ID, "Ack id does not fit in a signed 64-bit integer"),
        socket("ack id one above Long.MAX_VALUE", "29223372036854775808[\"x\"]",
            ProtocolErrorCode.INVALID_ACK_ID, "Ack id does not fit in a signed 64-bit integer"),
        socket("ACK without ack id", "3[\"x\"]",
            ProtocolErrorCode.INVALID_ACK_ID, "ACK packet must carry an ack id"),
        socket("CONNECT with an ack id", "01{}",
            ProtocolErrorCode.INVALID_ACK_ID, "CONNECT packet must not carry an ack id"),
        socket("ACK payload is an object", "312{}",
            ProtocolErrorCode.INVALID_PAYLOAD, "ACK payload must be a JSON array"),
        socket("CONNECT payload is an array", "0[1]",
            ProtocolErrorCode.INVALID_PAYLOAD, "CONNECT payload must be a JSON object"),
        socket("DISCONNECT with a payload", "1{}",
            ProtocolErrorCode.INVALID_PAYLOAD, "DISCONNECT packet must not carry a payload"),
        socket("CONNECT_ERROR payload is an array", "4[1]",
            ProtocolErrorCode.INVALID_PAYLOAD, "CONNECT_ERROR payload must be a JSON object or string"),
        socket("binary event without attachment count", "5[\"x\"]",
            ProtocolErrorCode.INVALID_ATTACHMENT_COUNT,
            "Attachment count must be a positive integer followed by '-'"),
        socket("negative attachment count", "5-1-[\"x\"]",
            ProtocolErrorCode.INVALID_ATTACHMENT_COUNT,
            "Attachment count must be a positive integer followed by '-'"),
        socket("zero attachments", "50-[\"x\"]",
            ProtocolErrorCode.INVALID_ATTACHMENT_COUNT,
            "Attachment count must be a positive integer followed by '-'"),
        socket("attachment count without dash", "61",
            ProtocolErrorCode.INVALID_ATTACHMENT_COUNT,
            "Attachment count must be a positive integer followed by '-'"),
        socket("11 attachments over the default limit of 10", "511-[\"x\"]",
            ProtocolErrorCode.TOO_MANY_ATTACHMENTS, "Packet announces more than 10 attachments"),
        socket("huge attachment count", "5" + "9".repeat(30) + "-[\"x\"]",
            ProtocolErrorCode.TOO_MANY_ATTACHMENTS, "Packet announces more than 10 attachments"),
        socket("placeholder num past the last attachment",
            "51-[\"x\",{\"_placeholder\":true,\"num\":1}]",
            ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num 1 is out of range for 1 attachment"),
        socket("negative placeholder num", "62-7[{\"_placeholder\":true,\"num\":-1}]",
            ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num -1 is out of range for 2 attachments"),
        socket("placeholder num is a string", "51-[\"x\",{\"_placeholder\":true,\"num\":\"0\"}]",
            ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num must be an integer"),
        socket("placeholder num is a fraction", "51-[\"x\",{\"a\":{\"_placeholder\":true,\"num\":0.5}}]",
            ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num must be an integer"),
        socket("placeholder without num", "51-[\"x\",{\"_placeholder\":true}]",
            ProtocolErrorCode.INVALID_PLACEHOLDER, "Placeholder num must be an integer"),
        socket("100,000 nested arrays", "2" + "[".repeat(100_000),
            ProtocolErrorCode.JSON_TOO_DEEP, "JSON nesting exceeds the limit of 32 levels"),
        socket("100,000 nested objects", "2[\"x\"," + "{\"a\":".repeat(100_000),
            ProtocolErrorCode.JSON_TOO_DEEP, "JSON nesting exceeds the limit of 32 levels"),
        row("nesting one level over a small limit",
            () -> SocketDecoder.forServer(SMALL).decodeText("2[\"x\",[[[[1]]]]]"),
            ProtocolErrorCode.JSON_TOO_DEEP, "JSON nesting exceeds the limit of 4 levels"),
        row("text over the payload limit",
            () -> SocketDecoder.forServer(SMALL).decodeText("2[\"" + "a".repeat(70) + "\"]"),
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of 64 bytes"),
        row("multi-byte text over the payload limit in UTF-8 bytes, not in chars",
            () -> SocketDecoder.forServer(SMALL).decodeText("2[\"" + "€".repeat(20) + "\"]"),
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of 64 bytes"),
        row("attachment with no binary packet pending",
            () -> SocketDecoder.forServer(ProtocolLimits.DEFAULTS).decodeBinary(new byte[] {1}),
            ProtocolErrorCode.UNEXPECTED_BINARY, "Binary attachment received while none is expected"),
        row("text packet while an attachment is due",
            () -> {
              SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
              decoder.decodeText("52-[\"x\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
              decoder.decodeBinary(new byte[] {1});
              return decoder.decodeText("2[\"y\"]");
            },
            ProtocolErrorCode.UNEXPECTED_TEXT, "Text packet received with 1 attachment still due"),
        row("attachments larger in total than the payload limit",
            () -> {
              SocketDecoder decoder = SocketDecoder.forServer(SMALL);
              decoder.decodeText("52-[\"x\",{\"_placeholder\":true,\"num\":0}]");
              decoder.decodeBinary(new byte[40]);
              return decoder.decodeBinary(new byte[40]);
            },
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Attachments exceed the limit of 64 bytes"),
        row("a broken decoder keeps refusing valid input",
            () -> {
              SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
              decoder.decodeText("2[]");
              return decoder.decodeText("2[\"fine\"]");
            },
            ProtocolErrorCode.INVALID_PAYLOAD, "EVENT payload must not be empty"),

        // Engine.IO frames and payloads
        engine("empty frame", "", ProtocolErrorCode.EMPTY_PACKET, "Engine.IO packet is empty"),
        engine("unknown engine packet type", "9",
            ProtocolErrorCode.UNKNOWN_PACKET_TYPE, "Unknown Engine.IO packet type '9'"),
        engine("close with data", "1bye",
            ProtocolErrorCode.UNEXPECTED_DATA, "Engine.IO close packet must not carry data"),
        engine("upgrade with data", "5x",
            ProtocolErrorCode.UNEXPECTED_DATA, "Engine.IO upgrade packet must not carry data"),
        engine("invalid base64", "bAQ!D",
            ProtocolErrorCode.INVALID_BASE64, "Binary packet is not valid base64"),
        engine("open packet that is not JSON", "0{sid",
            ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"),
        engine("open packet without sid", "0{\"pingInterval\":1}",
            ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: 'sid' must be a non-empty string"),
        engine("open packet with a negative pingTimeout",
            "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":1,\"pingTimeout\":-5,\"maxPayload\":1}",
            ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: 'pingTimeout' must be a positive integer"),
        engine("open packet with a zero maxPayload (absent is allowed, zero is not)",
            "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":1,\"pingTimeout\":1,\"maxPayload\":0}",
            ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: 'maxPayload' must be a positive integer"),
        engine("open packet with a null maxPayload",
            "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":1,\"pingTimeout\":1,\"maxPayload\":null}",
            ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: 'maxPayload' must be a positive integer"),
        engine("open packet with a textual maxPayload",
            "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":1,\"pingTimeout\":1,\"maxPayload\":\"1000\"}",
            ProtocolErrorCode.INVALID_HANDSHAKE, "Invalid handshake: 'maxPayload' must be a positive integer"),
        row("frame over the payload limit",
            () -> EngineCodec.create(SMALL).decodeText("4" + "x".repeat(64)),
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of 64 bytes"),
        row("binary frame over the payload limit",
            () -> EngineCodec.create(SMALL).decodeBinary(new byte[65]),
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of 64 bytes"),
        row("empty polling payload",
            () -> EngineCodec.create().decodePayload(""),
            ProtocolErrorCode.EMPTY_PACKET, "Engine.IO payload is empty"),
        row("empty packet between two separators",
            () -> EngineCodec.create().decodePayload("4a\u001e\u001e4b"),
            ProtocolErrorCode.EMPTY_PACKET, "Engine.IO packet is empty"),
        row("trailing separator",
            () -> EngineCodec.create().decodePayload("4a\u001e"),
            ProtocolErrorCode.EMPTY_PACKET, "Engine.IO packet is empty"),
        row("more packets than the limit in one payload",
            () -> EngineCodec.create(SMALL).decodePayload("2\u001e2\u001e2\u001e2"),
            ProtocolErrorCode.TOO_MANY_PACKETS, "Payload has more than 3 packets"),
        row("100,000 empty packets in one payload",
            () -> EngineCodec.create().decodePayload("\u001e".repeat(100_000)),
            ProtocolErrorCode.EMPTY_PACKET, "Engine.IO packet is empty"),
        row("payload bytes that are not UTF-8",
            () -> EngineCodec.create().decodePayload(new byte[] {'4', (byte) 0xC3, (byte) 0x28}),
            ProtocolErrorCode.INVALID_UTF8, "Payload is not valid UTF-8"),
        row("payload bytes over the limit",
            () -> EngineCodec.create(SMALL).decodePayload("4x".repeat(40).getBytes(StandardCharsets.UTF_8)),
            ProtocolErrorCode.PAYLOAD_TOO_LARGE, "Payload exceeds the limit of 64 bytes"),
        row("invalid base64 inside a polling payload",
            () -> EngineCodec.create().decodePayload("4hello\u001eb%%%"),
            ProtocolErrorCode.INVALID_BASE64, "Binary packet is not valid base64"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void rejectsWithTheExactError(
      String name, Supplier<DecodeResult<?>> input, ProtocolErrorCode code, String message) {
    DecodeResult<?> result =
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), input::get, name);
    assertThat(result).isEqualTo(DecodeResult.invalid(code, message));
  }

  private static Arguments socket(String name, String text, ProtocolErrorCode code, String message) {
    return row(
        name, () -> SocketDecoder.forServer(ProtocolLimits.DEFAULTS).decodeText(text), code, message);
  }

  private static Arguments engine(String name, String frame, ProtocolErrorCode code, String message) {
    return row(name, () -> EngineCodec.create().decodeText(frame), code, message);
  }

  private static Arguments row(
      String name, Supplier<DecodeResult<?>> input, ProtocolErrorCode code, String message) {
    return Arguments.of(name, input, code, message);
  }
}
