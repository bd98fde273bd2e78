package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.RequestHeaders;
import dev.chat.server.internal.engine.EngineAccess;
import dev.chat.server.internal.engine.EngineSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw WebSocket bytes through the pipeline an upgraded connection has: shared encoder, engine decoder. */
class EngineFrameDecoderTest {

    private final List<String> received = new ArrayList<>();
    private final List<String> closeReasons = new ArrayList<>();
    private final EngineIoServer server = EngineIoServer.create(EngineConfig.builder().build())
            .onConnection(socket -> {
                socket.onMessage(new EngineSocket.MessageListener() {
                    @Override
                    public void onText(String text) {
                        received.add(text);
                        socket.send("echo " + text);
                    }

                    @Override
                    public void onBinary(byte[] data) {
                    }
                });
                socket.onClose(closeReasons::add);
            });
    private EmbeddedChannel channel;
    private final EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameEncoder(true));
    private final EmbeddedChannel clientReader = new EmbeddedChannel(
            new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder().expectMaskedFrames(false).build()));

    @BeforeEach
    void open() {
        EngineWebSocketHandler handler = new EngineWebSocketHandler(1_000);
        channel = new EmbeddedChannel(SharedWebSocketEncoder.INSTANCE,
                new EngineFrameDecoder(WebSocketDecoderConfig.newBuilder().maxFramePayloadLength(1_000).build(), handler));
        HttpRequest request = new HttpRequest("GET", "/engine.io/", Map.of(), RequestHeaders.EMPTY, new byte[0],
                new InetSocketAddress("127.0.0.1", 5555));
        handler.bind(EngineSession.openWebSocket(EngineAccess.sessions(server), channel, request));
        assertThat(nextText()).startsWith("0{\"sid\":\"");
    }

    @AfterEach
    void finish() {
        client.finishAndReleaseAll();
        clientReader.finishAndReleaseAll();
        channel.finishAndReleaseAll();
    }

    /** What the client sends, as masked bytes on the wire. */
    private ByteBuf wire(WebSocketFrame... frames) {
        CompositeByteBuf bytes = Unpooled.compositeBuffer();
        for (WebSocketFrame frame : frames) {
            client.writeOutbound(frame);
            ByteBuf part;
            while ((part = client.readOutbound()) != null) {
                bytes.addComponent(true, part);
            }
        }
        return bytes;
    }

    private String nextText() {
        channel.runPendingTasks();
        ByteBuf out;
        while ((out = channel.readOutbound()) != null) {
            clientReader.writeInbound(out);
        }
        WebSocketFrame frame = clientReader.readInbound();
        assertThat(frame).isInstanceOf(TextWebSocketFrame.class);
        try {
            return ((TextWebSocketFrame) frame).text();
        } finally {
            frame.release();
        }
    }

    @Test
    void framesDecodedFromTheWireReachTheSessionWithoutAHandlerInThePipeline() {
        channel.writeInbound(wire(new TextWebSocketFrame("4one"), new TextWebSocketFrame("4two")));

        assertThat(received).containsExactly("one", "two");
        assertThat(nextText()).isEqualTo("4echo one");
        assertThat(nextText()).isEqualTo("4echo two");
        assertThat(channel.pipeline().names()).hasSize(3); // encoder, decoder, Netty's tail
        Object passedOn = channel.readInbound();
        assertThat(passedOn).isNull();
    }

    @Test
    void aMessageInFragmentsSplitAcrossReadsIsJoined() {
        ByteBuf bytes = wire(new TextWebSocketFrame(false, 0, "4fra"),
                new ContinuationWebSocketFrame(true, 0, Unpooled.copiedBuffer("gments", java.nio.charset.StandardCharsets.UTF_8)));
        int half = bytes.readableBytes() / 2;
        channel.writeInbound(bytes.readRetainedSlice(half));
        assertThat(received).isEmpty();
        channel.writeInbound(bytes);

        assertThat(received).containsExactly("fragments");
    }

    @Test
    void theConnectionsEndClosesTheSession() {
        channel.close();
        channel.runPendingTasks();

        assertThat(closeReasons).containsExactly("transport close");
    }
}
