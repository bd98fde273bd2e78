package dev.chat.protocol.engineio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.protocol.ProtocolLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine codec behaviour beyond the spec examples. */
class EngineCodecTest {
  private final EngineCodec codec = EngineCodec.create();

  @Test
  void theMessageFastPathPrefixesFour() {
    assertThat(EngineCodec.messageFrame("2[\"hello\"]")).isEqualTo("42[\"hello\"]");
    assertThat(codec.encodeText(new EnginePacket.TextMessage(""))).isEqualTo("4");
  }

  @Test
  void decodesAnEmptyMessage() {
    assertThat(codec.decodeText("4").orElseThrow()).isEqualTo(new EnginePacket.TextMessage(""));
  }

  @Test
  void decodesBase64BinaryInATextFrameLikeEngineIoParser() {
    assertThat(codec.decodeText("bAQIDBA==").orElseThrow())
        .isEqualTo(new EnginePacket.BinaryMessage(new byte[] {1, 2, 3, 4}));
  }

  @Test
  void acceptsExactlyTheMaximumNumberOfPackets() {
    EngineCodec small = EngineCodec.create(ProtocolLimits.builder().maxPacketsPerPayload(3).build());
    assertThat(small.decodePayload("2\u001e3\u001e6").orElseThrow()).hasSize(3);
  }

  @Test
  void encodesTheHandshakeWithEscapedStrings() {
    Handshake handshake = new Handshake("a\"b", List.of("websocket", "x"), 1, 2, 3);
    assertThat(codec.encodeText(new EnginePacket.Open(handshake)))
        .isEqualTo(
            "0{\"sid\":\"a\\\"b\",\"upgrades\":[\"websocket\",\"x\"],\"pingInterval\":1,\"pingTimeout\":2,\"maxPayload\":3}");
    assertThat(codec.decodeText(codec.encodeText(new EnginePacket.Open(handshake))).orElseThrow())
        .isEqualTo(new EnginePacket.Open(handshake));
  }

  @Test
  void aHandshakeWithoutUpgradesHasNone() {
    assertThat(
            codec.decodeText("0{\"sid\":\"s\",\"pingInterval\":1,\"pingTimeout\":2,\"maxPayload\":3}")
                .orElseThrow())
        .isEqualTo(new EnginePacket.Open(new Handshake("s", List.of(), 1, 2, 3)));
  }

  @Test
  void anOpenPacketWithoutMaxPayloadAnnouncesNoLimit() {
    // netty-socketio 2.x sends no maxPayload; the official JS client accepts it.
    Handshake handshake =
        ((EnginePacket.Open)
                codec
                    .decodeText(
                        "0{\"sid\":\"4d4f5c1e-7b6f-4c4e-9a8e-2f1f0b3c5d6e\",\"upgrades\":[\"websocket\"],"
                            + "\"pingInterval\":25000,\"pingTimeout\":60000}")
                    .orElseThrow())
            .handshake();
    assertThat(handshake)
        .isEqualTo(
            new Handshake(
                "4d4f5c1e-7b6f-4c4e-9a8e-2f1f0b3c5d6e",
                List.of("websocket"),
                25000,
                60000,
                Handshake.MAX_PAYLOAD_NOT_ANNOUNCED));
    assertThat(handshake.announcesMaxPayload()).isFalse();
    assertThat(codec.encodeText(new EnginePacket.Open(handshake)))
        .isEqualTo(
            "0{\"sid\":\"4d4f5c1e-7b6f-4c4e-9a8e-2f1f0b3c5d6e\",\"upgrades\":[\"websocket\"],"
                + "\"pingInterval\":25000,\"pingTimeout\":60000}");
    assertThat(new Handshake("s", List.of(), 1, 1, 1).announcesMaxPayload()).isTrue();
  }

  @Test
  void misuseIsRejected() {
    assertThatThrownBy(() -> codec.encodeText(new EnginePacket.BinaryMessage(new byte[1])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A BinaryMessage is sent as a binary frame of its bytes, not as text");
    assertThatThrownBy(() -> codec.encodePayload(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packets must not be empty");
    assertThatThrownBy(() -> new Handshake("", List.of(), 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sid must not be empty");
    assertThatThrownBy(() -> new Handshake("s", List.of(), 1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPayload must be positive, or MAX_PAYLOAD_NOT_ANNOUNCED (0): -1");
  }

  @Test
  void typesMapToTheirWireCodes() {
    for (EnginePacketType type : EnginePacketType.values()) {
      assertThat(EnginePacketType.fromCode(type.code())).contains(type);
    }
    assertThat(EnginePacketType.fromCode('7')).isEmpty();
    assertThat(EnginePacketType.fromCode('b')).isEmpty();
  }

  @Test
  void joinsRecordsEncodedOnceIntoAPayload() {
    String payload =
        EngineCodec.joinPayload(List.of("42[\"a\"]", "451-[\"b\",{\"_placeholder\":true,\"num\":0}]",
            EngineCodec.binaryRecord(new byte[] {1, 2, 3, 4})));
    assertThat(payload)
        .isEqualTo("42[\"a\"]\u001e451-[\"b\",{\"_placeholder\":true,\"num\":0}]\u001ebAQIDBA==");
    assertThat(codec.decodePayload(payload).orElseThrow())
        .containsExactly(
            new EnginePacket.TextMessage("2[\"a\"]"),
            new EnginePacket.TextMessage("51-[\"b\",{\"_placeholder\":true,\"num\":0}]"),
            new EnginePacket.BinaryMessage(new byte[] {1, 2, 3, 4}));
    assertThat(EngineCodec.joinPayload(List.of("6"))).isEqualTo("6");
    assertThatThrownBy(() -> EngineCodec.joinPayload(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("records must not be empty");
  }

  @Test
  void readsErrorBodies() {
    assertThat(EngineError.fromBody("{\"code\":1,\"message\":\"Session ID unknown\"}"))
        .contains(EngineError.UNKNOWN_SID);
    assertThat(EngineError.fromBody("{\"code\":4,\"message\":\"custom\"}")).contains(EngineError.FORBIDDEN);
    assertThat(EngineError.fromBody("{\"code\":9}")).isEmpty();
    assertThat(EngineError.fromBody("{\"code\":\"1\"}")).isEmpty();
    assertThat(EngineError.fromBody("not json")).isEmpty();
    assertThat(EngineError.fromBody("[[[[[[1]]]]]]")).isEmpty();
  }

  @Test
  void errorBodiesCarryACustomMessage() {
    assertThat(EngineError.FORBIDDEN.body("Origin \"x\" not allowed"))
        .isEqualTo("{\"code\":4,\"message\":\"Origin \\\"x\\\" not allowed\"}");
    assertThat(EngineError.fromCode(6)).isEmpty();
    assertThat(EngineError.fromCode(-1)).isEmpty();
  }
}
