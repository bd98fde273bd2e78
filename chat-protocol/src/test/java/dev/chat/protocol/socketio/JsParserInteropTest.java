package dev.chat.protocol.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1000 packets encoded by the official socket.io-parser (see src/test/js): each decodes, and
 * re-encodes to exactly the frame and attachments JavaScript produced, so our JSON is
 * {@code JSON.stringify}'s, numbers, escapes and surrogates included.
 */
class JsParserInteropTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Frame(int line, String text, List<byte[]> attachments) {
    @Override
    public String toString() {
      return "line " + line + ": " + text;
    }
  }

  static Stream<Frame> frames() throws IOException {
    List<Frame> frames = new ArrayList<>();
    try (InputStream in =
            JsParserInteropTest.class.getResourceAsStream("/dev/chat/protocol/js-encoded-packets.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = JSON.readTree(line);
        List<byte[]> attachments = new ArrayList<>();
        node.get("att").forEach(a -> attachments.add(Base64.getDecoder().decode(a.textValue())));
        frames.add(new Frame(frames.size() + 1, node.get("text").textValue(), attachments));
      }
    }
    assertThat(frames).hasSize(1000);
    return frames.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frames")
  void decodesAndReencodesByteForByte(Frame frame) {
    EnginePacket message = EngineCodec.create().decodeText(frame.text()).orElseThrow();
    SocketDecoder decoder = SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    Optional<SocketPacket> packet =
        decoder.decodeText(((EnginePacket.TextMessage) message).data()).orElseThrow();
    for (byte[] attachment : frame.attachments()) {
      packet = decoder.decodeBinary(attachment).orElseThrow();
    }
    EncodedPacket again = SocketEncoder.create().encodeFrame(packet.orElseThrow());
    assertThat(again).isEqualTo(new EncodedPacket(frame.text(), frame.attachments()));
  }
}
