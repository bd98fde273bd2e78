package dev.chat.server.internal.netty;

import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker13;

/**
 * The version 13 (RFC 6455) handshake, as {@code WebSocketServerHandshakerFactory} makes it, leaving
 * a pipeline made for an Engine.IO connection: the shared encoder and an {@link EngineFrameDecoder}
 * that feeds the connection's handler directly.
 */
final class EngineHandshaker extends WebSocketServerHandshaker13 {

    /** The {@code Sec-WebSocket-Version} this handshaker answers. */
    static final String VERSION = "13";

    private final EngineWebSocketHandler handler;

    EngineHandshaker(String webSocketUrl, WebSocketDecoderConfig config, EngineWebSocketHandler handler) {
        super(webSocketUrl, null, config);
        this.handler = handler;
    }

    @Override
    protected WebSocketFrameDecoder newWebsocketDecoder() {
        return new EngineFrameDecoder(decoderConfig(), handler);
    }

    @Override
    protected WebSocketFrameEncoder newWebSocketEncoder() {
        return SharedWebSocketEncoder.INSTANCE;
    }
}
