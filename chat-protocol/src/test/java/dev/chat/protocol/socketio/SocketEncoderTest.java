package dev.chat.protocol.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Encoder behaviour beyond the spec examples. */
class SocketEncoderTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SocketEncoder encoder = SocketEncoder.create();

  /** A value the application hands over without building a tree. */
  public record NewMessage(long id, long conversationId, String content, boolean isRead, String readAt) {}

  @Test
  void encodesTheSeedsNewMessageBroadcastInOneStep() {
    ObjectNode message = NODES.objectNode();
    message.put("id", 101).put("conversation_id", 123).put("content", "Hello world!");
    message.put("is_read", false).putNull("read_at");
    EncodedPacket frame = encoder.encodeFrame(SocketPacket.Event.of("new_message", message));
    assertThat(frame.text())
        .isEqualTo(
            "42[\"new_message\",{\"id\":101,\"conversation_id\":123,\"content\":\"Hello world!\","
                + "\"is_read\":false,\"read_at\":null}]");
    assertThat(frame.hasAttachments()).isFalse();
  }

  @Test
  void copiesRawJsonAsIs() {
    EncodedPacket frame =
        encoder.encodeFrame(
            SocketPacket.Event.of(
                "new_message",
                NODES.pojoNode(
                    new com.fasterxml.jackson.databind.util.RawValue("{\"id\":1,\"content\":\"\\u001f\"}"))));
    assertThat(frame.text()).isEqualTo("42[\"new_message\",{\"id\":1,\"content\":\"\\u001f\"}]");
  }

  @Test
  void writesAnEventFrameWithARawArgumentAsEncodeFrameDoes() {
    String json = "{\"id\":1,\"content\":\"\\u001f \\\"q\\\" \u00e9\ud83d\ude00\"}";
    for (String namespace : List.of("/", "/chat")) {
      for (String event : List.of("new_message", "say \"hi\"", "\u00e9v\u00e9nement")) {
        String expected =
            encoder
                .encodeFrame(
                    new SocketPacket.Event(
                        namespace,
                        event,
                        List.of(NODES.pojoNode(new com.fasterxml.jackson.databind.util.RawValue(json))),
                        OptionalLong.empty()))
                .text();
        assertThat(encoder.encodeEventFrame(namespace, event, 0, out -> out.append(json)))
            .isEqualTo(expected);
      }
    }
    assertThat(encoder.encodeEventFrame("/", "new_message", 64, out -> out.append("{\"id\":1}")))
        .isEqualTo("42[\"new_message\",{\"id\":1}]");
  }

  @Test
  void serializesPojoNodesWithTheGivenMapper() {
    ObjectMapper mapper =
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    SocketEncoder snake = SocketEncoder.create(mapper);
    EncodedPacket frame =
        snake.encodeFrame(
            SocketPacket.Event.of(
                "new_message", NODES.pojoNode(new NewMessage(101, 123, "Hi \"you\"", false, null))));
    assertThat(frame.text())
        .isEqualTo(
            "42[\"new_message\",{\"id\":101,\"conversation_id\":123,\"content\":\"Hi \\\"you\\\"\","
                + "\"is_read\":false,\"read_at\":null}]");
  }

  @Test
  void writesNumbersLikeJsonStringify() {
    EncodedPacket encoded =
        encoder.encode(
            SocketPacket.Event.of(
                "n", NODES.numberNode(2.0), NODES.numberNode(-0.0), NODES.numberNode(1.5),
                NODES.numberNode(Double.NaN), NODES.numberNode(Double.POSITIVE_INFINITY)));
    assertThat(encoded.text()).isEqualTo("2[\"n\",2,0,1.5,null,null]");
  }

  @Test
  void escapesStringsLikeJsonStringify() {
    EncodedPacket encoded =
        encoder.encode(SocketPacket.Event.of("s", NODES.textNode("a\"b\\c\n\u0001/€")));
    assertThat(encoded.text()).isEqualTo("2[\"s\",\"a\\\"b\\\\c\\n\\u0001/€\"]");
  }

  @Test
  void escapesLoneSurrogatesLikeJsonStringifyAndKeepsPairs() {
    EncodedPacket encoded =
        encoder.encode(SocketPacket.Event.of("s", NODES.textNode("\uD83D\uDE00|\uD800|\uDC00x|\u001e")));
    assertThat(encoded.text()).isEqualTo("2[\"s\",\"\uD83D\uDE00|\\ud800|\\udc00x|\\u001e\"]");
  }

  @Test
  void escapesObjectKeys() {
    EncodedPacket encoded =
        encoder.encode(SocketPacket.Event.of("k", NODES.objectNode().put("a\"b", 1).put("", 2)));
    assertThat(encoded.text()).isEqualTo("2[\"k\",{\"a\\\"b\":1,\"\":2}]");
  }

  @Test
  void numbersAttachmentsInDocumentOrder() {
    SocketPacket.Ack ack =
        new SocketPacket.Ack(
            "/",
            3,
            List.of(
                NODES.objectNode().set("b", BinaryNode.valueOf(new byte[] {1})),
                BinaryNode.valueOf(new byte[] {2})));
    EncodedPacket encoded = encoder.encodeFrame(ack);
    assertThat(encoded.text())
        .isEqualTo(
            "462-3[{\"b\":{\"_placeholder\":true,\"num\":0}},{\"_placeholder\":true,\"num\":1}]");
    assertThat(encoded.attachments()).containsExactly(new byte[] {1}, new byte[] {2});
    assertThat(encoded.toEngineMessages()).hasSize(3);
  }

  @Test
  void refusesBinaryWhereTheProtocolHasNoBinaryType() {
    SocketPacket.Connect connect =
        new SocketPacket.Connect("/", NODES.objectNode().set("b", BinaryNode.valueOf(new byte[1])));
    assertThatThrownBy(() -> encoder.encode(connect))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CONNECT data must not contain binary");
  }

  @Test
  void packetsRefuseInvalidFields() {
    assertThatThrownBy(() -> new SocketPacket.Disconnect("admin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace must start with '/': admin");
    assertThatThrownBy(() -> new SocketPacket.Disconnect("/a,b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace must not contain ',': /a,b");
    assertThatThrownBy(() -> new SocketPacket.Disconnect("/a\u001eb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace must not contain control characters");
    assertThatThrownBy(() -> new SocketPacket.Ack("/", -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ackId must not be negative: -1");
    assertThatThrownBy(() -> new SocketPacket.Event("/", "e", List.of(), OptionalLong.of(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ackId must not be negative: -2");
    assertThatThrownBy(() -> new SocketPacket.Connect("/", NODES.arrayNode()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CONNECT data must be a JSON object");
    assertThatThrownBy(() -> new SocketPacket.ConnectError("/", NODES.numberNode(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CONNECT_ERROR data must be a JSON object or string");
  }

  @Test
  void typesMapToTheirWireCodes() {
    assertThat(SocketPacketType.fromCode('5')).contains(SocketPacketType.BINARY_EVENT);
    assertThat(SocketPacketType.fromCode('7')).isEmpty();
    assertThat(SocketPacketType.fromCode('/')).isEmpty();
    for (SocketPacketType type : SocketPacketType.values()) {
      assertThat(SocketPacketType.fromCode(type.code())).contains(type);
    }
  }

  /** The encoder reuses one buffer per thread: what one frame left in it must never show in another. */
  @Test
  void framesBuiltOneAfterAnotherOnAThreadStayApart() {
    String big = "x".repeat(40_000);
    String emoji = "\ud83d\ude00 \u00e9";
    assertThat(encoder.encode(SocketPacket.Event.of("e", NODES.textNode(big))).text())
        .isEqualTo("2[\"e\",\"" + big + "\"]");
    assertThat(encoder.encodeFrame(SocketPacket.Event.of("e", NODES.textNode(emoji))).text())
        .isEqualTo("42[\"e\",\"" + emoji + "\"]");
    assertThat(encoder.encodeFrame(SocketPacket.Event.of("e", NODES.numberNode(1))).text()).isEqualTo("42[\"e\",1]");
    assertThat(encoder.encodeEventFrame("/", "e", 1, out -> out.append("2"))).isEqualTo("42[\"e\",2]");
    assertThat(encoder.encodeEventFrame("/", "e", 1, out -> out.append(big.length()))).isEqualTo("42[\"e\",40000]");
    assertThat(encoder.encode(new SocketPacket.Ack("/", 3, List.of())).text()).isEqualTo("33[]");
  }

  /** A caller's callback may encode another frame on the same thread while its own is being built. */
  @Test
  void aFrameEncodedInsideAnothersCallbackDoesNotDisturbIt() {
    String[] inner = new String[2];
    String outer = encoder.encodeEventFrame("/chat", "outer", 8, out -> {
      out.append("{\"a\":");
      inner[0] = encoder.encodeEventFrame("/", "inner", 4, nested -> nested.append("true"));
      inner[1] = encoder.encodeFrame(SocketPacket.Event.of("third", NODES.numberNode(3))).text();
      out.append("1}");
    });
    assertThat(outer).isEqualTo("42/chat,[\"outer\",{\"a\":1}]");
    assertThat(inner).containsExactly("42[\"inner\",true]", "42[\"third\",3]");
    assertThat(encoder.encodeEventFrame("/", "after", 1, out -> out.append("0"))).isEqualTo("42[\"after\",0]");
  }

  @Test
  void aFailedEncodingLeavesTheNextOneWhole() {
    assertThatThrownBy(() -> encoder.encodeEventFrame("/", "e", 1, out -> {
      out.append("partial");
      throw new IllegalStateException("callback failed");
    })).hasMessage("callback failed");
    assertThat(encoder.encodeEventFrame("/", "e", 1, out -> out.append("1"))).isEqualTo("42[\"e\",1]");
    ObjectNode binary = NODES.objectNode().set("b", BinaryNode.valueOf(new byte[] {1}));
    assertThatThrownBy(() -> encoder.encode(new SocketPacket.Connect("/", binary)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(encoder.encode(new SocketPacket.Connect("/", NODES.objectNode().put("k", 1))).text())
        .isEqualTo("0{\"k\":1}");
  }
}
