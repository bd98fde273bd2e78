package dev.chat.server.internal.socketio;

import dev.chat.server.socketio.BroadcastPacket;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * The frame of the broadcast running on this thread, encoded once into one pooled direct buffer
 * that every WebSocket recipient writes as a retained duplicate: no copy per recipient (a heap
 * buffer would be copied into a direct one by the transport for each of them). The buffer is
 * created on the first recipient that needs it and released when the broadcast returns; recipients
 * hold their own references until their write completes.
 */
final class SharedFrame {

    private static final FastThreadLocal<SharedFrame> CURRENT = new FastThreadLocal<>();

    private final BroadcastPacket packet;
    private final SharedFrame outer;
    private ByteBuf utf8;

    private SharedFrame(BroadcastPacket packet, SharedFrame outer) {
        this.packet = packet;
        this.outer = outer;
    }

    /** Runs a broadcast of {@code packet} on this thread, with its shared frame available to recipients. */
    static void during(BroadcastPacket packet, Runnable broadcast) {
        SharedFrame outer = CURRENT.get();
        SharedFrame frame = new SharedFrame(packet, outer);
        CURRENT.set(frame);
        try {
            broadcast.run();
        } finally {
            CURRENT.set(outer);
            if (frame.utf8 != null) {
                frame.utf8.release();
            }
        }
    }

    /**
     * A retained duplicate of the frame of {@code packet} (the caller owns it), or null when no
     * broadcast of this packet runs on this thread (an adapter delivering on another thread).
     */
    static ByteBuf retainedFrame(BroadcastPacket packet) {
        SharedFrame frame = CURRENT.getIfExists();
        if (frame == null || frame.packet != packet) {
            return null;
        }
        if (frame.utf8 == null) {
            // Straight from the String into the direct buffer: no intermediate byte[] per broadcast.
            String text = packet.frame();
            int length = ByteBufUtil.utf8Bytes(text);
            ByteBuf utf8 = ByteBufAllocator.DEFAULT.directBuffer(length);
            ByteBufUtil.reserveAndWriteUtf8(utf8, text, length);
            frame.utf8 = utf8;
        }
        return frame.utf8.retainedDuplicate();
    }
}
