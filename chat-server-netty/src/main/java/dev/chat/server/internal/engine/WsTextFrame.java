package dev.chat.server.internal.engine;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;

/**
 * A complete server-to-client WebSocket text frame (RFC 6455: FIN, opcode 1, unmasked, no
 * extensions) written as header and UTF-8 payload into one direct buffer. Server frames are not
 * masked, so the same bytes serve every recipient of a broadcast; written to the channel as a plain
 * {@code ByteBuf}, it passes the WebSocket frame encoder untouched, which would otherwise allocate
 * and copy every small frame once more per recipient.
 */
public final class WsTextFrame {

    private static final int FIN_TEXT = 0x81;
    private static final int MAX_SHORT_LENGTH = 125;
    private static final int LENGTH_16 = 126;
    private static final int LENGTH_64 = 127;

    private WsTextFrame() {
    }

    /**
     * The frame of {@code text}.
     *
     * @param alloc where the buffer comes from
     * @param text the frame's text
     * @return a new buffer holding the whole frame; the caller owns it
     */
    public static ByteBuf of(ByteBufAllocator alloc, CharSequence text) {
        int length = ByteBufUtil.utf8Bytes(text);
        ByteBuf frame = header(alloc, length);
        ByteBufUtil.reserveAndWriteUtf8(frame, text, length);
        return frame;
    }

    /**
     * The frame of a text already in UTF-8.
     *
     * @param alloc where the buffer comes from
     * @param utf8 the frame's text as UTF-8
     * @return a new buffer holding the whole frame; the caller owns it
     */
    public static ByteBuf of(ByteBufAllocator alloc, byte[] utf8) {
        return header(alloc, utf8.length).writeBytes(utf8);
    }

    /** A buffer sized for the whole frame, holding its header. */
    private static ByteBuf header(ByteBufAllocator alloc, int length) {
        if (length <= MAX_SHORT_LENGTH) {
            return alloc.directBuffer(2 + length).writeByte(FIN_TEXT).writeByte(length);
        }
        if (length <= 0xFFFF) {
            return alloc.directBuffer(4 + length).writeByte(FIN_TEXT).writeByte(LENGTH_16).writeShort(length);
        }
        return alloc.directBuffer(10 + length).writeByte(FIN_TEXT).writeByte(LENGTH_64).writeLong(length);
    }
}
