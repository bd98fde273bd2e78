package dev.chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid frames, mutated at random in the characters that matter to the grammar: every decoder
 * call must return a result (Ok or Invalid), never throw. A thrown exception fails the test with
 * the seed and the input that caused it.
 */
class MutationFuzzTest {
  private static final String GRAMMAR = "0123456789-/,[]{}\":b\u001e\\ntf.e+aA=_\u0000\uD800€";
  private static final int MUTANTS_PER_SEED = 2_000;
  private static final ProtocolLimits LIMITS =
      ProtocolLimits.builder().maxPayloadBytes(4_096).maxAttachments(3).maxJsonDepth(8).build();

  static LongStream seeds() {
    return LongStream.range(0, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decodersReturnResultsForEveryMutant(long seed) {
    Random random = new Random(seed);
    RandomPackets packets = new RandomPackets(seed);
    EngineCodec engine = EngineCodec.create(LIMITS);
    int invalid = 0;
    for (int i = 0; i < MUTANTS_PER_SEED; i++) {
      EncodedPacket frame = SocketEncoder.create().encodeFrame(packets.socketPacket());
      String mutant = mutate(frame.text(), random);
      try {
        DecodeResult<EnginePacket> packet = engine.decodeText(mutant);
        assertThat(packet).isNotNull();
        assertThat(engine.decodePayload(mutant)).isNotNull();
        assertThat(engine.decodePayload(mutant.getBytes(StandardCharsets.UTF_8))).isNotNull();
        if (packet instanceof DecodeResult.Ok<EnginePacket> ok
            && ok.value() instanceof EnginePacket.TextMessage text) {
          SocketDecoder decoder =
              random.nextBoolean() ? SocketDecoder.forServer(LIMITS) : SocketDecoder.forClient(LIMITS);
          DecodeResult<?> result = decoder.decodeText(text.data());
          for (byte[] attachment : attachments(frame, random)) {
            result = decoder.decodeBinary(attachment);
          }
          assertThat(result).isNotNull();
          invalid += result.isOk() ? 0 : 1;
        } else {
          invalid++;
        }
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + " threw on " + escape(mutant), e);
      }
    }
    assertThat(invalid).as("mutations must mostly break the frames").isGreaterThan(MUTANTS_PER_SEED / 4);
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
      char c = GRAMMAR.charAt(random.nextInt(GRAMMAR.length()));
      switch (random.nextInt(4)) {
        case 0 -> out.insert(at, c);
        case 1 -> {
          if (at < out.length()) {
            out.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < out.length()) {
            out.setCharAt(at, c);
          }
        }
        default -> out.insert(at, String.valueOf(c).repeat(random.nextInt(40)));
      }
    }
    return out.toString();
  }

  /** The real attachments, sometimes one too few or too many. */
  private static List<byte[]> attachments(EncodedPacket frame, Random random) {
    List<byte[]> out = new ArrayList<>(frame.attachments());
    switch (random.nextInt(4)) {
      case 0 -> out.add(new byte[] {1});
      case 1 -> {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      }
      default -> {}
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
