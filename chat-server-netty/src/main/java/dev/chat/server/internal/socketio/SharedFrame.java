package dev.chat.server.internal.socketio;

import dev.chat.server.internal.engine.WsTextFrame;
import dev.chat.server.socketio.BroadcastPacket;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocal;

/**
 * The frame of the broadcast running on this thread, encoded once as a whole WebSocket text frame
 * ({@link WsTextFrame}) into one pooled direct buffer that every WebSocket recipient writes as a
 * retained duplicate: no copy per recipient (a heap
 * buffer would be copied into a direct one by the transport for each of them). The buffer is
 * created on the first recipient that needs it and released when the broadcast returns; recipients
 * hold their own references until their write completes.
 */
final class SharedFrame {

    private static final FastThreadLocal<SharedFrame> CURRENT = new FastThreadLocal<>();

    private final BroadcastPacket packet;
    private final SharedFrame outer;
    private ByteBuf wsFrame;

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
            if (frame.wsFrame != null) {
                frame.wsFrame.release();
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
        if (frame.wsFrame == null) {
            // Straight from the String into the direct buffer, header included: no intermediate byte[]
            // per broadcast, and no copy per recipient by the WebSocket frame encoder.
            frame.wsFrame = WsTextFrame.of(ByteBufAllocator.DEFAULT, packet.frame());
        }
        return frame.wsFrame.retainedDuplicate();
    }
}
