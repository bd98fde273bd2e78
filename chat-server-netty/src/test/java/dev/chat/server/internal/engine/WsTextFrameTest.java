package dev.chat.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-built frame is byte for byte what Netty's server frame encoder writes, and decodes back. */
class WsTextFrameTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 127, 1023, 1024, 65535, 65536, 70000})
    void matchesTheServerEncoderAtEveryLengthBoundary(int length) {
        String text = "4" + "x".repeat(Math.max(0, length - 1));
        text = text.substring(0, length);
        assertSameAsEncoder(text);
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        // 2-, 3- and 4-byte characters (a surrogate pair) around the 125-byte boundary.
        String text = "42[\"new_message\",{\"content\":\"" + "é".repeat(40) + "€😀\"}]";
        assertSameAsEncoder(text);
        ByteBuf fromBytes = WsTextFrame.of(ByteBufAllocator.DEFAULT, text.getBytes(StandardCharsets.UTF_8));
        ByteBuf fromText = WsTextFrame.of(ByteBufAllocator.DEFAULT, text);
        try {
            assertThat(ByteBufUtil.equals(fromBytes, fromText)).isTrue();
        } finally {
            fromBytes.release();
            fromText.release();
        }
    }

    @Test
    void passesTheServerFrameEncoderUntouchedAndDecodesOnTheClient() {
        String text = "42[\"new_message\",{\"id\":1}]";
        EmbeddedChannel server = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        server.writeOutbound(WsTextFrame.of(server.alloc(), text));
        ByteBuf wire = server.readOutbound();
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
        client.writeInbound(wire);
        TextWebSocketFrame frame = client.readInbound();
        try {
            assertThat(frame.isFinalFragment()).isTrue();
            assertThat(frame.text()).isEqualTo(text);
        } finally {
            frame.release();
        }
        assertThat(server.finishAndReleaseAll()).isFalse();
        assertThat(client.finishAndReleaseAll()).isFalse();
    }

    private static void assertSameAsEncoder(String text) {
        EmbeddedChannel encoder = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        encoder.writeOutbound(new TextWebSocketFrame(text));
        ByteBuf expected = ByteBufAllocator.DEFAULT.heapBuffer();
        for (Object part; (part = encoder.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) part;
            expected.writeBytes(buf);
            buf.release();
        }
        ByteBuf frame = WsTextFrame.of(ByteBufAllocator.DEFAULT, text);
        try {
            assertThat(ByteBufUtil.hexDump(frame)).isEqualTo(ByteBufUtil.hexDump(expected));
            assertThat(frame.isDirect()).isTrue();
        } finally {
            frame.release();
            expected.release();
        }
        encoder.finishAndReleaseAll();
    }
}
