package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.internal.engine.EngineAccess;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.RequestHeaders;
import dev.chat.server.internal.engine.EngineSession;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Engine.IO WebSocket session on an {@link EmbeddedChannel}, with the event loop's mock clock. The
 * channel has the server's frame encoder, and what it writes is read back as a client would, through a
 * frame decoder: the session writes some frames as ready-made bytes.
 */
class EngineWebSocketHandlerTest {

    private final List<String> closeReasons = new ArrayList<>();
    private final EngineIoServer server = EngineIoServer.create(EngineConfig.builder()
                    .pingInterval(Duration.ofMillis(1000))
                    .pingTimeout(Duration.ofMillis(500))
                    .build())
            .onConnection(socket -> {
                socket.onMessage(new EngineSocket.MessageListener() {
                    @Override
                    public void onText(String text) {
                        socket.send(text);
                    }

                    @Override
                    public void onBinary(byte[] data) {
                        socket.send(data);
                    }
                });
                socket.onClose(closeReasons::add);
            });
    private final EngineWebSocketHandler handler = new EngineWebSocketHandler(MAX_MESSAGE);
    private static final int MAX_MESSAGE = 64;
    private EmbeddedChannel channel;
    private final EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));

    @BeforeEach
    void open() {
        channel = new EmbeddedChannel();
        channel.freezeTime();
        channel.pipeline().addLast(new WebSocket13FrameEncoder(false), handler);
        HttpRequest request = new HttpRequest("GET", "/engine.io/", Map.of(), RequestHeaders.EMPTY, new byte[0],
                new InetSocketAddress("127.0.0.1", 5555));
        handler.bind(EngineSession.openWebSocket(EngineAccess.sessions(server), channel, request));
        assertThat(nextText()).startsWith("0{\"sid\":\"").endsWith(
                "\"upgrades\":[],\"pingInterval\":1000,\"pingTimeout\":500,\"maxPayload\":1000000}");
    }

    @AfterEach
    void finish() {
        EngineAccess.sessions(server).closeAll("test over");
        channel.runPendingTasks();
        WebSocketFrame frame;
        while ((frame = nextFrame()) != null) {
            frame.release();
        }
        assertFalse(channel.finish());
        client.finishAndReleaseAll();
    }

    /** The next frame the session wrote, as the client decodes it off the wire; null if none. */
    private WebSocketFrame nextFrame() {
        Object bytes;
        while ((bytes = channel.readOutbound()) != null) {
            client.writeInbound(bytes);
        }
        return client.readInbound();
    }

    private String nextText() {
        channel.runPendingTasks();
        WebSocketFrame frame = nextFrame();
        assertThat(frame).isInstanceOf(TextWebSocketFrame.class);
        try {
            return ((TextWebSocketFrame) frame).text();
        } finally {
            frame.release();
        }
    }

    /** The next frame is a binary one with exactly these bytes. */
    private void assertNextBinary(int... bytes) {
        WebSocketFrame frame = nextFrame();
        assertThat(frame).isInstanceOf(BinaryWebSocketFrame.class);
        byte[] expected = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            expected[i] = (byte) bytes[i];
        }
        assertThat(ByteBufUtil.getBytes(frame.content())).containsExactly(expected);
        frame.release();
    }

    private void advance(long millis) {
        channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        channel.runPendingTasks();
    }

    @Test
    void echoesTextAndBinaryFrames() {
        channel.writeInbound(new TextWebSocketFrame("4hello"));
        assertThat(nextText()).isEqualTo("4hello");

        channel.writeInbound(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2, 3})));
        channel.runPendingTasks();
        assertNextBinary(1, 2, 3);
    }

    @Test
    void pingsEveryIntervalAndClosesWhenThePongIsLate() {
        advance(999);
        WebSocketFrame early = nextFrame();
        assertThat(early).isNull();
        advance(1);
        assertThat(nextText()).isEqualTo("2");
        channel.writeInbound(new TextWebSocketFrame("3"));

        advance(1000);
        assertThat(nextText()).isEqualTo("2");
        advance(500);

        WebSocketFrame close = nextFrame();
        assertThat(close).isInstanceOf(CloseWebSocketFrame.class);
        close.release();
        assertThat(channel.isOpen()).isFalse();
        assertThat(closeReasons).containsExactly("ping timeout");
    }

    @Test
    void aPongAfterTheDeadlineIsTooLate() {
        advance(1000);
        assertThat(nextText()).isEqualTo("2");

        // The timer has not run yet, but the deadline has passed when the pong arrives.
        channel.advanceTimeBy(500, TimeUnit.MILLISECONDS);
        channel.writeInbound(new TextWebSocketFrame("3"));
        channel.runPendingTasks();

        assertThat(closeReasons).containsExactly("ping timeout");
        WebSocketFrame close = nextFrame();
        close.release();
    }

    @Test
    void anInvalidPacketClosesWithParseError() {
        channel.writeInbound(new TextWebSocketFrame("zzz"));
        channel.runPendingTasks();

        assertThat(closeReasons).containsExactly("parse error");
        WebSocketFrame close = nextFrame();
        assertThat(close).isInstanceOf(CloseWebSocketFrame.class);
        close.release();
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void aCloseFrameFromThePeerEndsTheSession() {
        channel.writeInbound(new CloseWebSocketFrame(1000, "bye"));
        channel.runPendingTasks();

        WebSocketFrame echoed = nextFrame();
        assertThat(echoed).isInstanceOf(CloseWebSocketFrame.class);
        echoed.release();
        assertThat(channel.isOpen()).isFalse();
        assertThat(closeReasons).containsExactly("transport close");
        assertThat(server.sessionCount()).isZero();
    }

    @Test
    void webSocketPingsAreAnsweredWithPongs() {
        channel.writeInbound(new PingWebSocketFrame(Unpooled.copiedBuffer("are you there", StandardCharsets.UTF_8)));

        WebSocketFrame pong = nextFrame();
        assertThat(pong).isInstanceOf(PongWebSocketFrame.class);
        assertThat(pong.content().toString(StandardCharsets.UTF_8)).isEqualTo("are you there");
        pong.release();
    }

    @Test
    void anEngineClosePacketEndsTheSession() {
        channel.writeInbound(new TextWebSocketFrame("1"));
        channel.runPendingTasks();

        assertThat(closeReasons).containsExactly("transport close");
        WebSocketFrame close = nextFrame();
        close.release();
    }

    private static ContinuationWebSocketFrame continuation(boolean last, String text) {
        return new ContinuationWebSocketFrame(last, 0, Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }

    @Test
    void joinsAFragmentedTextMessageWithControlFramesBetweenItsFragments() {
        channel.writeInbound(new TextWebSocketFrame(false, 0, "4hel"));
        channel.writeInbound(new PingWebSocketFrame(Unpooled.copiedBuffer("p", StandardCharsets.UTF_8)));
        WebSocketFrame pong = nextFrame();
        assertThat(pong).isInstanceOf(PongWebSocketFrame.class);
        pong.release();
        channel.writeInbound(continuation(false, "lo w"));
        channel.runPendingTasks();
        assertThat(nextFrame()).isNull();
        channel.writeInbound(continuation(true, "\u00f6rld"));

        assertThat(nextText()).isEqualTo("4hello w\u00f6rld");
        // The next message is a whole one again.
        channel.writeInbound(new TextWebSocketFrame("4again"));
        assertThat(nextText()).isEqualTo("4again");
    }

    @Test
    void joinsAFragmentedBinaryMessage() {
        channel.writeInbound(new BinaryWebSocketFrame(false, 0, Unpooled.wrappedBuffer(new byte[] {1, 2})));
        channel.writeInbound(new ContinuationWebSocketFrame(true, 0, Unpooled.wrappedBuffer(new byte[] {3})));
        channel.runPendingTasks();

        assertNextBinary(1, 2, 3);
    }

    @Test
    void aContinuationWithoutAFirstFragmentIsDropped() {
        channel.writeInbound(continuation(true, "4lost"));
        channel.writeInbound(new TextWebSocketFrame("4kept"));

        assertThat(nextText()).isEqualTo("4kept");
        assertThat(channel.isOpen()).isTrue();
    }

    @Test
    void aFragmentedMessageOverTheLimitClosesTheConnection() {
        channel.writeInbound(new TextWebSocketFrame(false, 0, "4" + "a".repeat(MAX_MESSAGE - 2)));
        channel.writeInbound(continuation(false, "bb"));
        channel.runPendingTasks();

        assertThat(channel.isOpen()).isFalse();
        assertThat(closeReasons).containsExactly("transport close");
    }

    @Test
    void aFragmentedMessageOfExactlyTheLimitPasses() {
        channel.writeInbound(new TextWebSocketFrame(false, 0, "4" + "a".repeat(MAX_MESSAGE - 2)));
        channel.writeInbound(continuation(true, "b"));

        assertThat(nextText()).isEqualTo("4" + "a".repeat(MAX_MESSAGE - 2) + "b");
    }

    @Test
    void aNewMessageBeforeTheLastOneEndedClosesTheConnection() {
        channel.writeInbound(new TextWebSocketFrame(false, 0, "4one"));
        channel.writeInbound(new TextWebSocketFrame(false, 0, "4two"));
        channel.runPendingTasks();

        assertThat(channel.isOpen()).isFalse();
        assertThat(closeReasons).containsExactly("transport close");
    }

    @Test
    void aConnectionClosedInTheMiddleOfAMessageReleasesItsFragments() {
        TextWebSocketFrame first = new TextWebSocketFrame(false, 0, "4one");
        first.retain();
        channel.writeInbound(first);
        assertThat(first.refCnt()).isEqualTo(2); // the handler keeps its part
        channel.close();
        channel.runPendingTasks();

        assertThat(first.refCnt()).isEqualTo(1);
        first.release();
    }
}
