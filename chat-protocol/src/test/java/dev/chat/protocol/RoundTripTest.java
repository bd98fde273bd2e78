package dev.chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.protocol.socketio.SocketPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated packets survive encode then decode unchanged, over every path a packet can take. */
class RoundTripTest {
  private static final int PACKETS_PER_SEED = 200;

  private final SocketEncoder encoder = SocketEncoder.create();
  private final EngineCodec engine = EngineCodec.create();

  static LongStream seeds() {
    return LongStream.range(0, 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void socketPacketsThroughTheSocketCodec(long seed) {
    RandomPackets random = new RandomPackets(seed);
    SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
    for (int i = 0; i < PACKETS_PER_SEED; i++) {
      SocketPacket packet = random.socketPacket();
      EncodedPacket encoded = encoder.encode(packet);
      Optional<SocketPacket> decoded = decoder.decodeText(encoded.text()).orElseThrow();
      for (byte[] attachment : encoded.attachments()) {
        assertThat(decoded).as("complete before its attachments: %s", encoded).isEmpty();
        decoded = decoder.decodeBinary(attachment).orElseThrow();
      }
      assertThat(decoded).as("seed %d packet %d %s", seed, i, encoded).contains(packet);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void socketPacketsThroughWebSocketFrames(long seed) {
    RandomPackets random = new RandomPackets(seed);
    SocketDecoder decoder = SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    for (int i = 0; i < PACKETS_PER_SEED; i++) {
      SocketPacket packet = random.socketPacket();
      EncodedPacket frame = encoder.encodeFrame(packet);
      EnginePacket text = engine.decodeText(frame.text()).orElseThrow();
      Optional<SocketPacket> decoded =
          decoder.decodeText(((EnginePacket.TextMessage) text).data()).orElseThrow();
      for (byte[] attachment : frame.attachments()) {
        EnginePacket binary = engine.decodeBinary(attachment).orElseThrow();
        decoded = decoder.decodeBinary(((EnginePacket.BinaryMessage) binary).data()).orElseThrow();
      }
      assertThat(decoded).as("seed %d packet %d %s", seed, i, frame).contains(packet);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void socketPacketsThroughPollingPayloads(long seed) {
    RandomPackets random = new RandomPackets(seed);
    List<SocketPacket> sent = new ArrayList<>();
    List<EnginePacket> messages = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      SocketPacket packet = random.socketPacket();
      sent.add(packet);
      messages.addAll(encoder.encode(packet).toEngineMessages());
    }
    String payload = engine.encodePayload(messages);

    SocketDecoder decoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
    List<SocketPacket> received = new ArrayList<>();
    for (EnginePacket message : engine.decodePayload(payload).orElseThrow()) {
      DecodeResult<Optional<SocketPacket>> result =
          message instanceof EnginePacket.TextMessage text
              ? decoder.decodeText(text.data())
              : decoder.decodeBinary(((EnginePacket.BinaryMessage) message).data());
      result.orElseThrow().ifPresent(received::add);
    }
    assertThat(received).isEqualTo(sent);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void enginePacketsThroughFramesAndPayloads(long seed) {
    RandomPackets random = new RandomPackets(seed);
    List<EnginePacket> packets = new ArrayList<>();
    for (int i = 0; i < PACKETS_PER_SEED; i++) {
      EnginePacket packet = random.enginePacket();
      packets.add(packet);
      if (packet instanceof EnginePacket.BinaryMessage binary) {
        assertThat(engine.decodeBinary(binary.data()).orElseThrow()).isEqualTo(packet);
      } else {
        assertThat(engine.decodeText(engine.encodeText(packet)).orElseThrow()).isEqualTo(packet);
      }
    }
    assertThat(engine.decodePayload(engine.encodePayload(packets)).orElseThrow()).isEqualTo(packets);
  }
}
