package dev.chat.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generator's own client frames, read back by Netty's server-side frame decoder (which checks masking and lengths). */
class ClientFrameTest {
  private static EmbeddedChannel server() {
    return new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
        .expectMaskedFrames(true).allowMaskMismatch(false).maxFramePayloadLength(1 << 20).build()));
  }

  private static String text(String s) {
    EmbeddedChannel ch = server();
    ch.writeInbound(ClientFrame.of(ByteBufAllocator.DEFAULT, ClientFrame.TEXT, s));
    TextWebSocketFrame frame = ch.readInbound();
    try {
      assertThat(frame.isFinalFragment()).isTrue();
      return frame.text();
    } finally {
      frame.release();
      ch.finishAndReleaseAll();
    }
  }

  @Test
  void textFramesOfEveryLengthEncodingDecodeToTheirText() {
    for (int length : new int[] {0, 1, 3, 4, 5, 125, 126, 127, 1000, 65_535, 65_536, 70_001}) {
      String s = "x".repeat(length);
      assertThat(text(s)).isEqualTo(s);
    }
    assertThat(text("42[\"send_message\",{\"content\":\"héllo ✓\"}]")).isEqualTo("42[\"send_message\",{\"content\":\"héllo ✓\"}]");
  }

  @Test
  void theLengthUsesTheMinimalEncoding() {
    assertThat(ClientFrame.headerSize(125)).isEqualTo(6);
    assertThat(ClientFrame.headerSize(126)).isEqualTo(8);
    assertThat(ClientFrame.headerSize(65_535)).isEqualTo(8);
    assertThat(ClientFrame.headerSize(65_536)).isEqualTo(14);
    ByteBuf frame = ClientFrame.of(ByteBufAllocator.DEFAULT, ClientFrame.TEXT, "abc");
    assertThat((int) frame.getUnsignedByte(0)).isEqualTo(0x81);
    assertThat((int) frame.getUnsignedByte(1)).isEqualTo(0x80 | 3);
    assertThat(frame.readableBytes()).isEqualTo(6 + 3);
    frame.release();
  }

  @Test
  void aPongCarriesThePingsPayload() {
    ByteBuf payload = ByteBufAllocator.DEFAULT.buffer().writeBytes("ping-data".getBytes(StandardCharsets.US_ASCII));
    EmbeddedChannel ch = server();
    ch.writeInbound(ClientFrame.of(ByteBufAllocator.DEFAULT, ClientFrame.PONG, payload, 0, payload.writerIndex()));
    payload.release();
    PongWebSocketFrame pong = ch.readInbound();
    assertThat(pong.content().toString(StandardCharsets.US_ASCII)).isEqualTo("ping-data");
    pong.release();
    ch.finishAndReleaseAll();
  }
}
