package dev.chat.protocol.engineio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.protocol.GoldenVectors;
import dev.chat.protocol.GoldenVectors.Case;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Engine.IO v4 spec's wire strings, decoded and encoded. */
class EngineGoldenVectorTest {
  private final EngineCodec codec = EngineCodec.create();

  static Stream<Case> engineio() {
    return GoldenVectors.group("engineio").stream();
  }

  static Stream<Case> errors() {
    return GoldenVectors.group("errors").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineio")
  void decodes(Case c) {
    List<EnginePacket> expected = GoldenVectors.enginePackets(c);
    switch (c.json().get("transport").textValue()) {
      case "websocket" -> assertThat(codec.decodeText(c.wire()).orElseThrow())
          .isEqualTo(expected.get(0));
      case "websocket-binary" -> assertThat(codec.decodeBinary(c.wireBytes()).orElseThrow())
          .isEqualTo(expected.get(0));
      case "polling" -> {
        assertThat(codec.decodePayload(c.wire()).orElseThrow()).isEqualTo(expected);
        assertThat(codec.decodePayload(c.wire().getBytes(StandardCharsets.UTF_8)).orElseThrow())
            .isEqualTo(expected);
      }
      default -> throw new IllegalArgumentException(c.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineio")
  void encodes(Case c) {
    List<EnginePacket> packets = GoldenVectors.enginePackets(c);
    switch (c.json().get("transport").textValue()) {
      case "websocket" -> assertThat(codec.encodeText(packets.get(0))).isEqualTo(c.wire());
      case "websocket-binary" -> assertThat(((EnginePacket.BinaryMessage) packets.get(0)).data())
          .isEqualTo(c.wireBytes());
      case "polling" -> assertThat(codec.encodePayload(packets)).isEqualTo(c.wire());
      default -> throw new IllegalArgumentException(c.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorBodies(Case c) {
    EngineError error = EngineError.valueOf(c.name());
    assertThat(error.body()).isEqualTo(c.json().get("body").textValue());
    assertThat(error.httpStatus()).isEqualTo(c.json().get("status").intValue());
    assertThat(EngineError.fromCode(error.code())).contains(error);
  }
}
