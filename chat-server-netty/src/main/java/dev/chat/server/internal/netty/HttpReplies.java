package dev.chat.server.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes complete HTTP responses, keeping or closing the connection as the request asked. */
public final class HttpReplies {

    public static final String TEXT_PLAIN = "text/plain; charset=UTF-8";
    public static final String TEXT_HTML = "text/html";
    public static final String JSON = "application/json";

    private HttpReplies() {
    }

    /** Sends a response; safe from any thread. */
    public static void send(ChannelHandlerContext ctx, int status, String contentType, byte[] body,
            Map<String, String> headers, boolean keepAlive) {
        send(ctx, status, contentType, Unpooled.wrappedBuffer(body), headers, keepAlive);
    }

    /** Sends a UTF-8 text response; safe from any thread. */
    public static void send(ChannelHandlerContext ctx, int status, String contentType, String body,
            Map<String, String> headers, boolean keepAlive) {
        send(ctx, status, contentType, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8), headers, keepAlive);
    }

    private static void send(ChannelHandlerContext ctx, int status, String contentType, ByteBuf body,
            Map<String, String> headers, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status), body);
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        headers.forEach((k, v) -> response.headers().set(k, v));
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response, ctx.voidPromise());
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
