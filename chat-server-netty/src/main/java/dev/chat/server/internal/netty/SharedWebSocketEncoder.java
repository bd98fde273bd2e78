package dev.chat.server.internal.netty;

import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;

/**
 * The server's WebSocket frame encoder, one instance for every connection: Netty's encoder keeps no
 * state of its own (a server does not mask), but the handshake makes one per connection.
 */
@ChannelHandler.Sharable
final class SharedWebSocketEncoder extends WebSocket13FrameEncoder {

    static final SharedWebSocketEncoder INSTANCE = new SharedWebSocketEncoder();

    private SharedWebSocketEncoder() {
        super(false);
    }
}
