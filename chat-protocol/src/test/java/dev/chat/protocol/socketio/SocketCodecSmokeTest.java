package dev.chat.protocol.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SocketCodecSmokeTest {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  @Test
  void eventFrameRoundTrip() {
    SocketPacket.Event event =
        new SocketPacket.Event(
            "/", "send_message", List.of(nodes.objectNode().put("conversationId", 123)), OptionalLong.empty());
    EncodedPacket frame = SocketEncoder.create().encodeFrame(event);
    assertThat(frame.text()).isEqualTo("42[\"send_message\",{\"conversationId\":123}]");

    DecodeResult<EnginePacket> engine = EngineCodec.create().decodeText(frame.text());
    String text = ((EnginePacket.TextMessage) engine.orElseThrow()).data();
    DecodeResult<Optional<SocketPacket>> decoded =
        SocketDecoder.forServer(ProtocolLimits.DEFAULTS).decodeText(text);
    assertThat(decoded.orElseThrow()).contains(event);
  }

  @Test
  void binaryRoundTrip() {
    SocketPacket.Ack ack =
        new SocketPacket.Ack("/admin", 1, List.of(nodes.textNode("bar"), BinaryNode.valueOf(new byte[] {1, 2, 3, 4})));
    EncodedPacket encoded = SocketEncoder.create().encode(ack);
    assertThat(encoded.text()).isEqualTo("61-/admin,1[\"bar\",{\"_placeholder\":true,\"num\":0}]");
    SocketDecoder decoder = SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    assertThat(decoder.decodeText(encoded.text()).orElseThrow()).isEmpty();
    assertThat(decoder.decodeBinary(encoded.attachments().get(0)).orElseThrow()).contains(ack);
  }
}
