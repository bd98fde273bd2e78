package dev.chat.protocol.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.protocol.GoldenVectors;
import dev.chat.protocol.GoldenVectors.Case;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Socket.IO v5 spec's wire strings, decoded and encoded, alone and inside Engine.IO frames. */
class SocketGoldenVectorTest {
  private final SocketEncoder encoder = SocketEncoder.create();

  static Stream<Case> socketio() {
    return GoldenVectors.group("socketio").stream();
  }

  static Stream<Case> frames() {
    return GoldenVectors.group("frames").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("socketio")
  void decodes(Case c) {
    assertThat(decode(c, c.wire())).isEqualTo(GoldenVectors.socketPacket(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("socketio")
  void encodes(Case c) {
    EncodedPacket encoded = encoder.encode(GoldenVectors.socketPacket(c));
    assertThat(encoded).isEqualTo(new EncodedPacket(c.wire(), c.attachments()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void decodesEngineFrame(Case c) {
    EnginePacket frame = EngineCodec.create().decodeText(c.wire()).orElseThrow();
    assertThat(frame).isInstanceOf(EnginePacket.TextMessage.class);
    assertThat(decode(c, ((EnginePacket.TextMessage) frame).data()))
        .isEqualTo(GoldenVectors.socketPacket(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void encodesEngineFrameInOneStep(Case c) {
    EncodedPacket encoded = encoder.encodeFrame(GoldenVectors.socketPacket(c));
    assertThat(encoded).isEqualTo(new EncodedPacket(c.wire(), c.attachments()));
  }

  /** Feeds the text, then each attachment; the packet must appear exactly with the last one. */
  private static SocketPacket decode(Case c, String text) {
    SocketDecoder decoder =
        c.from().equals("client")
            ? SocketDecoder.forServer(ProtocolLimits.DEFAULTS)
            : SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    List<byte[]> attachments = c.attachments();
    Optional<SocketPacket> packet = decoder.decodeText(text).orElseThrow();
    for (byte[] attachment : attachments) {
      assertThat(packet).isEmpty();
      assertThat(decoder.isAwaitingAttachments()).isTrue();
      packet = decoder.decodeBinary(attachment).orElseThrow();
    }
    assertThat(decoder.isAwaitingAttachments()).isFalse();
    return packet.orElseThrow();
  }
}
