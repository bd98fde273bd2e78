package dev.chat.server.internal.netty;

import dev.chat.protocol.engineio.EngineError;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineTransport;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.internal.engine.EngineSession;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket08FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the HTTP requests of an Engine.IO mount: CORS preflight, request checks with engine.io's
 * error codes, handshakes, long-polling GET/POST, and WebSocket connections (new, or upgrading a
 * polling session).
 */
final class EngineRequests {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRequests.class);

    private EngineRequests() {
    }

    static void handle(ChannelHandlerContext ctx, FullHttpRequest req, QueryStringDecoder qs, EngineMount mount) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        String origin = CorsPolicy.crossOrigin(req.headers().get(HttpHeaderNames.ORIGIN),
                req.headers().get(HttpHeaderNames.HOST));
        CorsPolicy cors = mount.cors();
        if (HttpMethod.OPTIONS.equals(req.method())) {
            int status = cors.allows(origin) ? 204 : 403;
            HttpReplies.send(ctx, status, null, new byte[0],
                    cors.preflightHeaders(origin, req.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS)),
                    keepAlive);
            return;
        }
        Map<String, String> corsHeaders = cors.responseHeaders(origin);
        Optional<EngineError> error = check(req, qs, mount.sessions().config(), cors.allows(origin));
        if (error.isPresent()) {
            LOG.debug("engine request {} {} rejected: {}", req.method(), req.uri(), error.get().message());
            reply(ctx, error.get(), keepAlive, corsHeaders);
            return;
        }
        boolean websocket = EngineTransport.WEBSOCKET.wireName().equals(NettyRequests.first(qs, "transport"));
        String sid = NettyRequests.first(qs, "sid");
        if (sid == null) {
            HttpRequest request = NettyRequests.toEngineRequest(req, qs, ctx.channel());
            if (websocket) {
                upgradeToWebSocket(ctx, req, mount, handler -> {
                    EngineSession s = EngineSession.openWebSocket(mount.sessions(), ctx.channel(), request);
                    handler.bind(s);
                });
            } else {
                EngineSession.openPolling(mount.sessions(), ctx, request, keepAlive, corsHeaders);
            }
            return;
        }
        Optional<EngineSession> found = mount.sessions().find(sid);
        if (found.isEmpty()) {
            reply(ctx, EngineError.UNKNOWN_SID, keepAlive, corsHeaders);
            return;
        }
        EngineSession session = found.get();
        if (websocket) {
            upgradeToWebSocket(ctx, req, mount, handler -> {
                handler.bindProbe(session);
                Channel ch = ctx.channel();
                session.execute(() -> {
                    if (!session.beginUpgrade(ch)) {
                        LOG.debug("engine session {}: upgrade refused", sid);
                        ch.close();
                    }
                });
            });
        } else if (HttpMethod.GET.equals(req.method())) {
            session.execute(() -> session.onPollGet(ctx, keepAlive, corsHeaders));
        } else if (HttpMethod.POST.equals(req.method())) {
            byte[] body = io.netty.buffer.ByteBufUtil.getBytes(req.content());
            session.execute(() -> session.onPollPost(ctx, body, keepAlive, corsHeaders));
        } else {
            reply(ctx, EngineError.BAD_REQUEST, keepAlive, corsHeaders);
        }
    }

    /** The checks engine.io makes before looking at the session, in its order. */
    static Optional<EngineError> check(FullHttpRequest req, QueryStringDecoder qs, EngineConfig config,
            boolean originAllowed) {
        Optional<EngineTransport> transport = Optional.ofNullable(NettyRequests.first(qs, "transport"))
                .flatMap(EngineTransport::fromWireName)
                .filter(config.transports()::contains);
        if (transport.isEmpty()) {
            return Optional.of(EngineError.UNKNOWN_TRANSPORT);
        }
        if (!originAllowed) {
            return Optional.of(EngineError.FORBIDDEN);
        }
        boolean upgradeHeader = HttpHeaderValues.WEBSOCKET.contentEqualsIgnoreCase(
                req.headers().get(HttpHeaderNames.UPGRADE, ""));
        if (upgradeHeader != (transport.get() == EngineTransport.WEBSOCKET)) {
            return Optional.of(EngineError.BAD_REQUEST);
        }
        if (NettyRequests.first(qs, "sid") == null) {
            if (!HttpMethod.GET.equals(req.method())) {
                return Optional.of(EngineError.BAD_HANDSHAKE_METHOD);
            }
            if (!"4".equals(NettyRequests.first(qs, "EIO"))) {
                return Optional.of(EngineError.UNSUPPORTED_PROTOCOL_VERSION);
            }
        }
        return Optional.empty();
    }

    private static void upgradeToWebSocket(ChannelHandlerContext ctx, FullHttpRequest req, EngineMount mount,
            java.util.function.Consumer<EngineWebSocketHandler> onOpen) {
        WebSocketSettings settings = mount.webSocket();
        String url = "ws://" + req.headers().get(HttpHeaderNames.HOST, "localhost") + req.uri();
        EngineWebSocketHandler handler = new EngineWebSocketHandler(settings.maxPayload());
        // Version 13, what every current client sends: the handler is fed by the frame decoder itself.
        boolean direct = EngineHandshaker.VERSION.equals(req.headers().get(HttpHeaderNames.SEC_WEBSOCKET_VERSION));
        WebSocketServerHandshaker handshaker = direct
                ? new EngineHandshaker(url, settings.decoder(), handler)
                : new WebSocketServerHandshakerFactory(url, null, settings.decoder()).newHandshaker(req);
        Channel ch = ctx.channel();
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ch);
            return;
        }
        ch.config().setWriteBufferWaterMark(settings.waterMark());
        // No frame is read before the session is bound to the connection.
        ch.config().setAutoRead(false);
        ChannelFuture handshake;
        try {
            handshake = handshaker.handshake(ch, req);
        } catch (RuntimeException e) {
            LOG.debug("websocket handshake refused: {}", e.toString());
            ch.config().setAutoRead(true);
            reply(ctx, EngineError.BAD_REQUEST, false, Map.of());
            return;
        }
        handshake.addListener(f -> {
            if (f.isSuccess()) {
                ChannelPipeline p = ctx.pipeline();
                if (!direct) {
                    // RFC 6455 framing (versions 7 and 8 as 13) is the same for all: share one encoder.
                    ChannelHandlerContext encoder = p.context(WebSocketFrameEncoder.class);
                    if (encoder != null && encoder.handler() instanceof WebSocket08FrameEncoder) {
                        p.replace(encoder.handler(), encoder.name(), SharedWebSocketEncoder.INSTANCE);
                    }
                    p.addBefore(HostInitializer.ROUTER, EngineWebSocketHandler.NAME, handler);
                }
                p.remove(HostInitializer.ROUTER);
                onOpen.accept(handler);
                ch.config().setAutoRead(true);
            } else {
                LOG.debug("websocket handshake failed: {}", f.cause().toString());
                ch.close();
            }
        });
    }

    private static void reply(ChannelHandlerContext ctx, EngineError error, boolean keepAlive,
            Map<String, String> corsHeaders) {
        HttpReplies.send(ctx, error.httpStatus(), HttpReplies.JSON, error.body(), corsHeaders, keepAlive);
    }
}
