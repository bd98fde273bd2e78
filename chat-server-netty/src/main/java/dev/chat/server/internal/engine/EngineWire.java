package dev.chat.server.internal.engine;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/** The fixed Engine.IO frames the session writes outside the codec's encoders. */
final class EngineWire {

    static final String PING_PACKET = "2";
    static final String CLOSE_PACKET = "1";
    static final String NOOP_PACKET = "6";

    /**
     * The ping as a whole WebSocket frame, never released: every session writes a retained duplicate.
     * From the allocator broadcast frames come from, so that the write path sees the one buffer class
     * it was compiled for (a new class there costs a deoptimisation of the loop's hottest code).
     */
    static final ByteBuf PING_FRAME = WsTextFrame.of(ByteBufAllocator.DEFAULT, PING_PACKET);

    private EngineWire() {
    }
}
