package dev.chat.server.internal.netty;

import dev.chat.server.internal.engine.EngineSession;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.MessageAggregationException;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the WebSocket messages of one connection to its Engine.IO session (joining fragmented ones,
 * see {@link WebSocketFragments}), answers WebSocket pings, and reports the connection's end. Frames
 * that break the WebSocket rules (too large, bad UTF-8) close the connection. Usually not a handler
 * of the pipeline itself: {@link EngineFrameDecoder} calls it as it decodes, one pipeline stage less
 * per connection.
 */
public final class EngineWebSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    public static final String NAME = "engine-ws";
    private static final Logger LOG = LoggerFactory.getLogger(EngineWebSocketHandler.class);

    private static final String PROBE_PING = "2probe";
    private static final String PROBE_PONG = "3probe";

    private final int maxMessageBytes;
    private EngineSession session;
    private boolean probe;
    /** The fragmented message being joined, if any. */
    private WebSocketFragments fragments;

    /**
     * A handler for one connection.
     *
     * @param maxMessageBytes the largest message (all its fragments together) it accepts
     */
    public EngineWebSocketHandler(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Binds the session; frames are only read after this (the channel's auto-read is off before). */
    public void bind(EngineSession session) {
        this.session = session;
    }

    /** Binds the session this connection is probing an upgrade for. */
    public void bindProbe(EngineSession session) {
        this.session = session;
        this.probe = true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        onFrame(ctx, frame);
    }

    /** A frame of the connection; the caller releases it. */
    void onFrame(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (WebSocketFragments.isFragment(frame)) {
            WebSocketFrame whole = join(ctx, frame);
            if (whole != null) {
                try {
                    onMessage(ctx, whole);
                } finally {
                    whole.release();
                }
            }
            return;
        }
        onMessage(ctx, frame);
    }

    /** Adds a fragment; returns the whole message after its last fragment, else null. */
    private WebSocketFrame join(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof ContinuationWebSocketFrame next) {
            if (fragments == null) {
                return null; // no message started: dropped, as WebSocketFrameAggregator does
            }
            WebSocketFragments joining = fragments;
            fragments = null; // released by add() if it throws
            WebSocketFrame whole = joining.add(next);
            if (whole == null) {
                fragments = joining;
            }
            return whole;
        }
        if (fragments != null) {
            fragments.release();
            fragments = null;
            throw new MessageAggregationException("a new message started before the last one ended");
        }
        fragments = WebSocketFragments.start(ctx.alloc(), frame, maxMessageBytes);
        return null;
    }

    private void onMessage(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof TextWebSocketFrame text) {
            String data = text.text();
            if (probe && PROBE_PING.equals(data)) {
                // Answer the probe at once, on this connection's own event loop, as engine.io does;
                // the session (maybe on another event loop) then records that the upgrade is under way.
                ctx.writeAndFlush(new TextWebSocketFrame(PROBE_PONG), ctx.voidPromise());
            }
            if (session != null) {
                session.onWsText(ctx.channel(), data);
            }
        } else if (frame instanceof BinaryWebSocketFrame binary) {
            if (session != null) {
                session.onWsBinary(ctx.channel(), ByteBufUtil.getBytes(binary.content()));
            }
        } else if (frame instanceof PingWebSocketFrame ping) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
        } else if (frame instanceof CloseWebSocketFrame close) {
            ctx.writeAndFlush(close.retainedDuplicate()).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        onInactive(ctx);
        super.channelInactive(ctx);
    }

    /** The connection ended. */
    void onInactive(ChannelHandlerContext ctx) {
        if (fragments != null) {
            fragments.release();
            fragments = null;
        }
        if (session != null) {
            session.onWsClosed(ctx.channel());
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (LOG.isDebugEnabled()) { // a reset peer is common: no message string built for nothing
            LOG.debug("websocket connection {} closed: {}", ctx.channel().remoteAddress(), cause.toString());
        }
        ctx.close();
    }
}
