package dev.chat.server.internal.netty;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * One fragmented WebSocket message being joined, with the rules of Netty's
 * {@code WebSocketFrameAggregator}: a continuation without a first fragment is dropped, a new first
 * fragment before the last one ends the connection, and so does a message over the size limit.
 * Clients almost never fragment, so a connection makes one of these only when a fragment arrives,
 * instead of keeping an aggregator handler for life.
 */
final class WebSocketFragments {

    private final CompositeByteBuf parts;
    private final boolean binary;
    private final int maxBytes;

    private WebSocketFragments(ByteBufAllocator alloc, WebSocketFrame first, int maxBytes) {
        this.parts = alloc.compositeBuffer(Integer.MAX_VALUE);
        this.binary = first instanceof BinaryWebSocketFrame;
        this.maxBytes = maxBytes;
    }

    /** Whether a frame is part of a fragmented message (a first fragment or a continuation). */
    static boolean isFragment(WebSocketFrame frame) {
        return frame instanceof ContinuationWebSocketFrame
                || !frame.isFinalFragment() && (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame);
    }

    /**
     * Starts a message with its first (not final) text or binary fragment; the frame stays the caller's.
     *
     * @throws TooLongFrameException if the fragment alone is over {@code maxBytes}
     */
    static WebSocketFragments start(ByteBufAllocator alloc, WebSocketFrame first, int maxBytes) {
        WebSocketFragments fragments = new WebSocketFragments(alloc, first, maxBytes);
        fragments.append(first);
        return fragments;
    }

    /**
     * Adds a continuation (the frame stays the caller's).
     *
     * @return the whole message once {@code next} is the final fragment (the caller releases it), else null
     * @throws TooLongFrameException if the message grows over {@code maxBytes}; its parts are released
     */
    WebSocketFrame add(ContinuationWebSocketFrame next) {
        append(next);
        if (!next.isFinalFragment()) {
            return null;
        }
        return binary ? new BinaryWebSocketFrame(true, 0, parts) : new TextWebSocketFrame(true, 0, parts);
    }

    /** Drops the parts joined so far. */
    void release() {
        parts.release();
    }

    private void append(WebSocketFrame frame) {
        if (parts.readableBytes() > maxBytes - frame.content().readableBytes()) {
            parts.release();
            throw new TooLongFrameException("content length exceeded " + maxBytes + " bytes.");
        }
        parts.addComponent(true, frame.content().retain());
    }
}
