package dev.chat.protocol.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolErrorCode;
import dev.chat.protocol.ProtocolLimits;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Decoder behaviour beyond the spec examples: the edges that must be accepted. */
class SocketDecoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SocketDecoder server = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  private SocketPacket decode(SocketDecoder decoder, String text) {
    return decoder.decodeText(text).orElseThrow().orElseThrow();
  }

  @Test
  void decodesTheSeedsSendMessageEvent() throws Exception {
    SocketPacket packet =
        decode(server, "2[\"send_message\",{\"conversationId\":123,\"content\":\"Hello world!\",\"toUserId\":456}]");
    assertThat(packet)
        .isEqualTo(
            new SocketPacket.Event(
                "/",
                "send_message",
                List.of(json("{\"conversationId\":123,\"content\":\"Hello world!\",\"toUserId\":456}")),
                OptionalLong.empty()));
  }

  @Test
  void keepsTheJsonTypesOfArguments() throws Exception {
    SocketPacket.Event event =
        (SocketPacket.Event) decode(server, "21[\"e\",123,\"123\",1.5,true,null,12345678901,[],{}]");
    assertThat(event.args())
        .isEqualTo(List.of(json("123"), json("\"123\""), json("1.5"), json("true"), json("null"),
            json("12345678901"), json("[]"), json("{}")));
    assertThat(event.args().get(0).isInt()).isTrue();
    assertThat(event.args().get(5).isLong()).isTrue();
    assertThat(event.ackId()).hasValue(1);
  }

  @Test
  void acceptsTheLargestAckId() {
    SocketPacket packet = decode(server, "3" + Long.MAX_VALUE + "[]");
    assertThat(packet).isEqualTo(new SocketPacket.Ack("/", Long.MAX_VALUE, List.of()));
  }

  @Test
  void acceptsANamespaceWithoutTrailingComma() {
    assertThat(decode(server, "1/admin")).isEqualTo(new SocketPacket.Disconnect("/admin"));
    assertThat(decode(server, "0/admin")).isEqualTo(new SocketPacket.Connect("/admin", null));
  }

  @Test
  void acceptsAConnectErrorWithAStringPayload() throws Exception {
    assertThat(decode(SocketDecoder.forClient(ProtocolLimits.DEFAULTS), "4\"Not authorized\""))
        .isEqualTo(new SocketPacket.ConnectError("/", json("\"Not authorized\"")));
  }

  @Test
  void acceptsJsonExactlyAtTheDepthLimit() {
    SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.builder().maxJsonDepth(4).build());
    assertThat(decoder.decodeText("2[\"x\",[[[1]]]]").isOk()).isTrue();
  }

  @Test
  void acceptsTextExactlyAtThePayloadLimit() {
    String text = "2[\"" + "€".repeat(10) + "\"]"; // 5 + 30 bytes
    ProtocolLimits limits = ProtocolLimits.builder().maxPayloadBytes(35).build();
    assertThat(SocketDecoder.forServer(limits).decodeText(text).isOk()).isTrue();
    ProtocolLimits oneLess = limits.toBuilder().maxPayloadBytes(34).build();
    assertThat(SocketDecoder.forServer(oneLess).decodeText(text).isOk()).isFalse();
  }

  @Test
  void theClientSideAcceptsReservedNames() {
    SocketDecoder client = SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    assertThat(decode(client, "2[\"disconnect\"]")).isEqualTo(SocketPacket.Event.of("disconnect"));
  }

  @Test
  void placesAttachmentsDeepInsideTheArguments() throws Exception {
    SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
    DecodeResult<Optional<SocketPacket>> first =
        decoder.decodeText(
            "52-/files,7[\"upload\",{\"name\":\"a.bin\",\"parts\":[{\"_placeholder\":true,\"num\":1},"
                + "{\"_placeholder\":true,\"num\":0}]},{\"_placeholder\":true,\"num\":1}]");
    assertThat(first.orElseThrow()).isEmpty();
    assertThat(decoder.decodeBinary(new byte[] {10}).orElseThrow()).isEmpty();
    SocketPacket.Event event =
        (SocketPacket.Event) decoder.decodeBinary(new byte[] {20, 21}).orElseThrow().orElseThrow();

    assertThat(event.namespace()).isEqualTo("/files");
    assertThat(event.ackId()).hasValue(7);
    assertThat(event.args().get(0).get("name").textValue()).isEqualTo("a.bin");
    assertThat(event.args().get(0).get("parts").get(0)).isEqualTo(BinaryNode.valueOf(new byte[] {20, 21}));
    assertThat(event.args().get(0).get("parts").get(1)).isEqualTo(BinaryNode.valueOf(new byte[] {10}));
    assertThat(event.args().get(1)).isEqualTo(BinaryNode.valueOf(new byte[] {20, 21}));
    assertThat(decoder.isAwaitingAttachments()).isFalse();
    assertThat(decode(decoder, "2[\"next\"]")).isEqualTo(SocketPacket.Event.of("next"));
  }

  @Test
  void leavesPlaceholderLookalikesInTextPacketsAlone() throws Exception {
    SocketPacket packet = decode(server, "2[\"x\",{\"_placeholder\":true,\"num\":0}]");
    assertThat(packet)
        .isEqualTo(SocketPacket.Event.of("x", json("{\"_placeholder\":true,\"num\":0}")));
  }

  @Test
  void aBrokenDecoderSaysSoAndStaysBroken() {
    SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
    assertThat(decoder.decodeBinary(new byte[1]).isOk()).isFalse();
    assertThat(decoder.isCorrupt()).isTrue();
    DecodeResult<Optional<SocketPacket>> later = decoder.decodeBinary(new byte[1]);
    assertThat(((DecodeResult.Invalid<?>) later).error().code())
        .isEqualTo(ProtocolErrorCode.UNEXPECTED_BINARY);
  }
}
