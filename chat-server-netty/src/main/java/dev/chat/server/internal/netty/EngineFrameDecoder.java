package dev.chat.server.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.List;

/**
 * Netty's WebSocket frame decoder that hands each frame straight to the connection's
 * {@link EngineWebSocketHandler} instead of passing it down the pipeline: the handler needs no
 * pipeline stage (and context) of its own, which every connection would keep.
 */
final class EngineFrameDecoder extends WebSocket13FrameDecoder {

    private final EngineWebSocketHandler handler;

    EngineFrameDecoder(WebSocketDecoderConfig config, EngineWebSocketHandler handler) {
        super(config);
        this.handler = handler;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decode(ctx, in, out);
        int i = 0;
        try {
            for (; i < out.size(); i++) {
                WebSocketFrame frame = (WebSocketFrame) out.get(i);
                try {
                    handler.onFrame(ctx, frame);
                } finally {
                    frame.release();
                }
            }
        } finally {
            // If a frame failed, the ones after it are dropped with it (the connection is closing).
            for (i++; i < out.size(); i++) {
                ReferenceCountUtil.release(out.get(i));
            }
            out.clear();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        super.channelInactive(ctx); // decodes what is left first
        handler.onInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        handler.exceptionCaught(ctx, cause);
    }
}
