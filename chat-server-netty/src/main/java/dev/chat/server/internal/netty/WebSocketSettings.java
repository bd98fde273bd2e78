package dev.chat.server.internal.netty;

import dev.chat.server.engineio.EngineConfig;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;

/**
 * The WebSocket settings of one Engine.IO mount, made once and shared by all its connections (each
 * connection's decoder and channel config keep a reference for life).
 *
 * @param maxPayload the largest frame and message, from {@link EngineConfig#maxPayload()}
 * @param decoder the frame decoder's settings
 * @param waterMark the outbound buffer bounds, from {@link EngineConfig#maxOutboundQueueBytes()}
 */
record WebSocketSettings(int maxPayload, WebSocketDecoderConfig decoder, WriteBufferWaterMark waterMark) {

    static WebSocketSettings of(EngineConfig config) {
        int maxPayload = (int) Math.min(Integer.MAX_VALUE, config.maxPayload());
        int high = (int) Math.min(Integer.MAX_VALUE, config.maxOutboundQueueBytes());
        // As WebSocketServerHandshakerFactory(url, null, true, maxPayload) configures its decoder.
        WebSocketDecoderConfig decoder = WebSocketDecoderConfig.newBuilder()
                .allowExtensions(true)
                .maxFramePayloadLength(maxPayload)
                .build();
        return new WebSocketSettings(maxPayload, decoder, new WriteBufferWaterMark(high / 2, high));
    }
}
