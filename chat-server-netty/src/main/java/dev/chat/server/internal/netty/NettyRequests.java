package dev.chat.server.internal.netty;

import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.RequestHeaders;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts Netty requests to the host's Netty-free {@link HttpRequest}. */
public final class NettyRequests {

    private static final byte[] NO_BODY = new byte[0]; // shared: a WebSocket session keeps its request
    private static final String SEC_WEBSOCKET_KEY = "sec-websocket-key";
    private static final InetSocketAddress UNKNOWN_PEER = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private NettyRequests() {
    }

    /** Copies a request; with {@code withBody} false the body is left empty. */
    public static HttpRequest toRequest(FullHttpRequest req, QueryStringDecoder qs, Channel ch, boolean withBody) {
        return new HttpRequest(req.method().name(), CommonTokens.canonical(qs.path()), query(qs),
                RequestHeaders.of(headers(req, false)), withBody ? ByteBufUtil.getBytes(req.content()) : NO_BODY,
                remote(ch));
    }

    /**
     * Copies the request that opens an Engine.IO session, without its body. The session keeps it for
     * life, so it is kept small: the WebSocket upgrade's {@code Sec-WebSocket-Key} (a nonce of the
     * handshake, of no use after it) is left out, which makes the headers of one client's connections
     * equal, and equal headers are one shared instance.
     */
    public static HttpRequest toEngineRequest(FullHttpRequest req, QueryStringDecoder qs, Channel ch) {
        RequestHeaders headers = CommonTokens.lastIfSame(req.headers(), SEC_WEBSOCKET_KEY);
        if (headers == null) {
            headers = CommonTokens.canonicalHeaders(headers(req, true));
        }
        return new HttpRequest(req.method().name(), CommonTokens.canonical(qs.path()), query(qs), headers, NO_BODY,
                remote(ch));
    }

    private static Map<String, List<String>> headers(FullHttpRequest req, boolean withoutUpgradeNonce) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        req.headers().forEach(e -> {
            String name = CommonTokens.canonical(e.getKey().toLowerCase(java.util.Locale.ROOT));
            if (withoutUpgradeNonce && name.equals(SEC_WEBSOCKET_KEY)) {
                return;
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>(1)).add(CommonTokens.canonicalValue(name, e.getValue()));
        });
        return headers;
    }

    private static Map<String, List<String>> query(QueryStringDecoder qs) {
        Map<String, List<String>> same = CommonTokens.lastQueryIfSame(qs.parameters());
        if (same != null) {
            return same;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        qs.parameters().forEach((name, values) -> {
            List<String> canonical = new ArrayList<>(values.size());
            values.forEach(v -> canonical.add(CommonTokens.canonical(v)));
            query.put(CommonTokens.canonical(name), List.copyOf(canonical));
        });
        return CommonTokens.canonicalQuery(Map.copyOf(query));
    }

    /** @return the peer address, or the loopback address with port 0 when the channel has none */
    public static InetSocketAddress remote(Channel ch) {
        return ch.remoteAddress() instanceof InetSocketAddress a ? a : UNKNOWN_PEER;
    }

    /** @return the first value of a query parameter, or null */
    public static String first(QueryStringDecoder qs, String name) {
        List<String> values = qs.parameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
