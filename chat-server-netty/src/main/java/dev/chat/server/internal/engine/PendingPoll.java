package dev.chat.server.internal.engine;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import java.util.Map;

/**
 * A long-polling GET waiting for packets: where to answer, how, and the listener watching for the
 * client giving up (removed when answered, so keep-alive connections do not collect listeners).
 */
record PendingPoll(ChannelHandlerContext ctx, boolean keepAlive, Map<String, String> corsHeaders,
        ChannelFutureListener abortWatch) {
}
