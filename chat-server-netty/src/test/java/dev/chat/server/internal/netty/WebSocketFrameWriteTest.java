package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.internal.engine.EngineAccess;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A session writes its whole text frames from the frame encoder's context and its binary frames
 * through the encoder: on the wire both are plain RFC 6455 server frames, in the order written, for
 * every handshake version (13 has a pipeline of its own; 7 and 8 share the encoder afterwards).
 */
class WebSocketFrameWriteTest {

    private final EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS)
            .onConnection(socket -> socket.onMessage(new EngineSocket.MessageListener() {
                @Override
                public void onText(String text) {
                    socket.send(text);
                    socket.send(text.getBytes(StandardCharsets.UTF_8));
                    socket.send(text + "!");
                }

                @Override
                public void onBinary(byte[] data) {
                    socket.send(data);
                }
            }));
    private final EmbeddedChannel channel = new EmbeddedChannel(new HostInitializer(new HostRoutes(
            List.of(new EngineMount("/engine.io/", EngineAccess.sessions(engine))), List.of(), Runnable::run,
            1_000_000)));

    @AfterEach
    void finish() {
        EngineAccess.sessions(engine).closeAll("test over");
        channel.runPendingTasks();
        drain();
        assertFalse(channel.finish());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "8", "7"})
    void textAndBinaryFramesReachTheWireWholeAndInOrder(String version) {
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=websocket", "", "Upgrade: websocket",
                "Connection: Upgrade", "Sec-WebSocket-Version: " + version, "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==");
        byte[] written = drain();
        String text = new String(written, StandardCharsets.ISO_8859_1);
        int body = text.indexOf("\r\n\r\n") + 4;
        assertThat(text).startsWith("HTTP/1.1 101 Switching Protocols");
        List<String> open = frames(written, body);
        assertThat(open).hasSize(1);
        assertThat(open.get(0)).startsWith("text 0{\"sid\":\"");

        channel.writeInbound(maskedFrame(0x81, "4héllo".getBytes(StandardCharsets.UTF_8)));
        channel.writeInbound(maskedFrame(0x82, new byte[] {1, 2, 3}));
        channel.runPendingTasks();
        assertThat(frames(drain(), 0))
                .containsExactly("text 4héllo", "binary héllo", "text 4héllo!", "binary \u0001\u0002\u0003");
    }

    private byte[] drain() {
        channel.runPendingTasks();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            out.writeBytes(bytes);
            buf.release();
        }
        return out.toByteArray();
    }

    /** Unmasked server frames from {@code at}: "text ..." or "binary ...", each final and short. */
    private static List<String> frames(byte[] bytes, int at) {
        List<String> frames = new ArrayList<>();
        while (at < bytes.length) {
            int opcode = bytes[at] & 0xff;
            int length = bytes[at + 1] & 0xff;
            assertThat(length).as("unmasked, short").isLessThan(126);
            byte[] payload = java.util.Arrays.copyOfRange(bytes, at + 2, at + 2 + length);
            frames.add(switch (opcode) {
                case 0x81 -> "text " + new String(payload, StandardCharsets.UTF_8);
                case 0x82 -> "binary " + new String(payload, StandardCharsets.UTF_8);
                default -> "opcode " + opcode;
            });
            at += 2 + length;
        }
        return frames;
    }

    private static ByteBuf maskedFrame(int first, byte[] payload) {
        byte[] mask = {7, 13, 42, 99};
        ByteBuf frame = Unpooled.buffer().writeByte(first).writeByte(0x80 | payload.length).writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.writeByte(payload[i] ^ mask[i % 4]);
        }
        return frame;
    }
}
