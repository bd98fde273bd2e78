package dev.chat.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Server frames as Netty's server-side encoder writes them, read by the generator's reader in any split. */
class ServerFrameReaderTest {
  private final List<String> seen = new ArrayList<>();
  private final ServerFrameReader.Handler handler = new ServerFrameReader.Handler() {
    @Override
    public void text(ByteBuf buf, int from, int to) {
      seen.add("text:" + buf.toString(from, to - from, StandardCharsets.UTF_8));
    }

    @Override
    public void other(int opcode, boolean fin, ByteBuf buf, int from, int to) {
      seen.add("other:" + opcode + ":" + fin + ":" + buf.toString(from, to - from, StandardCharsets.ISO_8859_1));
    }

    @Override
    public void broken(String why) {
      seen.add("broken:" + why);
    }
  };

  /** The bytes of {@code frames} as a server writes them (unmasked). */
  private static byte[] wire(Object... frames) {
    EmbeddedChannel ch = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
    for (Object f : frames) {
      ch.writeOutbound(f); // a ByteBuf (a client frame) passes the encoder as it is
    }
    ByteBuf all = Unpooled.buffer();
    for (ByteBuf b; (b = ch.readOutbound()) != null; ) {
      all.writeBytes(b);
      b.release();
    }
    byte[] bytes = new byte[all.readableBytes()];
    all.readBytes(bytes);
    all.release();
    return bytes;
  }

  private void feed(ServerFrameReader reader, byte[] bytes, int from, int to) {
    ByteBuf in = ByteBufAllocator.DEFAULT.directBuffer(Math.max(1, to - from)).writeBytes(bytes, from, to - from);
    reader.read(ByteBufAllocator.DEFAULT, in, handler);
    in.release();
  }

  @Test
  void readsEveryFrameOfOneReadWithoutCopying() {
    String big = "42[\"new_message\",{\"content\":\"" + "y".repeat(70_000) + "\"}]";
    byte[] bytes = wire(new TextWebSocketFrame("42[\"new_message\",{\"content\":\"1:2\"}]"),
        new TextWebSocketFrame("x".repeat(300)), new TextWebSocketFrame(big), new PingWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2})));
    ServerFrameReader reader = new ServerFrameReader(1 << 20);
    feed(reader, bytes, 0, bytes.length);
    assertThat(seen).containsExactly("text:42[\"new_message\",{\"content\":\"1:2\"}]", "text:" + "x".repeat(300),
        "text:" + big, "other:9:true:\u0001\u0002");
  }

  @Test
  void framesSplitAcrossReadsAtEveryByteAreJoined() {
    byte[] bytes = wire(new TextWebSocketFrame("a".repeat(130)), new TextWebSocketFrame("42[\"x\"]"),
        new CloseWebSocketFrame(1000, "bye"));
    List<String> whole = null;
    for (int cut = 0; cut <= bytes.length; cut++) {
      seen.clear();
      ServerFrameReader reader = new ServerFrameReader(1 << 20);
      feed(reader, bytes, 0, cut);
      feed(reader, bytes, cut, bytes.length);
      if (whole == null) {
        whole = List.copyOf(seen);
      }
      assertThat(seen).as("split at %d", cut).isEqualTo(whole);
      reader.release();
    }
    assertThat(whole).hasSize(3);
    assertThat(whole.get(0)).isEqualTo("text:" + "a".repeat(130));
    assertThat(whole.get(2)).startsWith("other:8:true:");
  }

  @Test
  void fragmentsAreOtherFramesAndMaskedOrOversizedFramesBreakTheStream() {
    byte[] bytes = wire(new TextWebSocketFrame(false, 0, "part"), new ContinuationWebSocketFrame(true, 0, "rest"));
    ServerFrameReader reader = new ServerFrameReader(1 << 20);
    feed(reader, bytes, 0, bytes.length);
    assertThat(seen).containsExactly("other:1:false:part", "other:0:true:rest");

    seen.clear();
    byte[] masked = wire(ClientFrame.of(ByteBufAllocator.DEFAULT, ClientFrame.TEXT, "hi"));
    feed(new ServerFrameReader(1 << 20), masked, 0, masked.length);
    assertThat(seen).containsExactly("broken:the server sent a masked frame");

    seen.clear();
    byte[] big = wire(new TextWebSocketFrame("z".repeat(200)));
    feed(new ServerFrameReader(100), big, 0, big.length);
    assertThat(seen).containsExactly("broken:a frame of 200 bytes, more than 100");
  }
}
