package dev.chat.server.internal.netty;

import dev.chat.server.http.RequestHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared instance of the header names, header values and query tokens every Engine.IO request
 * carries ({@code sec-websocket-version}, {@code websocket}, {@code EIO}, {@code 4}, ...): a session
 * keeps its handshake request for its whole life, and without this each of them would hold its own
 * copies of the same strings.
 */
final class CommonTokens {

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String token : new String[] {
                // header names, as Netty and the JDK send them
                "host", "Host", "connection", "Connection", "upgrade", "Upgrade", "origin", "Origin",
                "user-agent", "User-Agent", "accept", "Accept", "accept-encoding", "Accept-Encoding",
                "accept-language", "Accept-Language", "cache-control", "Cache-Control", "pragma", "Pragma",
                "authorization", "Authorization", "cookie", "Cookie", "content-type", "Content-Type",
                "content-length", "Content-Length", "sec-websocket-key", "Sec-WebSocket-Key",
                "sec-websocket-version", "Sec-WebSocket-Version", "sec-websocket-extensions",
                "Sec-WebSocket-Extensions", "sec-websocket-protocol", "Sec-WebSocket-Protocol",
                "x-forwarded-for", "X-Forwarded-For",
                // values
                "websocket", "Upgrade", "upgrade", "keep-alive", "Keep-Alive", "close", "13", "*/*", "no-cache",
                "gzip, deflate", "gzip, deflate, br", "permessage-deflate; client_max_window_bits",
                // the Engine.IO query and path
                "EIO", "4", "3", "transport", "polling", "sid", "t", "/socket.io/", "/engine.io/"}) {
            CANONICAL.put(token, token);
            CANONICAL.putIfAbsent(token.toLowerCase(Locale.ROOT), token.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Headers whose value is usually the same for every client of a server (its own address, the
     * page's origin, the browser): the last value seen of each, shared by the requests that repeat it.
     */
    private static final Map<String, String> LAST_VALUES = new ConcurrentHashMap<>();

    static {
        for (String name : new String[] {"host", "origin", "user-agent", "accept-language", "referer"}) {
            LAST_VALUES.put(name, "");
        }
    }

    /** The last headers seen, as given and as kept, shared by the requests that carry the same ones. */
    private static volatile SharedHeaders lastHeaders = new SharedHeaders(Map.of(), RequestHeaders.EMPTY);

    private record SharedHeaders(Map<String, List<String>> given, RequestHeaders kept) {
    }

    /** The last query seen, shared by the requests that carry the same one. */
    private static volatile Map<String, List<String>> lastQuery = Map.of();

    private CommonTokens() {
    }

    /**
     * The shared instance of a header value: a common token, or the previous request's value of the
     * same header when it repeats (only for the headers in {@link #LAST_VALUES}).
     *
     * @param lowerName the header name in lower case
     * @param value the value
     * @return an equal string, shared when possible
     */
    static String canonicalValue(String lowerName, String value) {
        String common = CANONICAL.get(value);
        if (common != null) {
            return common;
        }
        String last = LAST_VALUES.get(lowerName);
        if (last == null) {
            return value;
        }
        if (last.equals(value)) {
            return last;
        }
        LAST_VALUES.put(lowerName, value);
        return value;
    }

    /**
     * The headers to keep: the previous request's instance when the same, else new ones.
     *
     * @param headers the headers, names in lower case
     * @return headers equal to them, shared when possible
     */
    static RequestHeaders canonicalHeaders(Map<String, List<String>> headers) {
        SharedHeaders last = lastHeaders;
        if (last.given().equals(headers)) {
            return last.kept();
        }
        RequestHeaders kept = RequestHeaders.of(headers);
        lastHeaders = new SharedHeaders(headers, kept);
        return kept;
    }

    /**
     * The previous request's kept headers when {@code headers} are the same ones (a name once, in
     * the same order, equal up to ASCII case; equal values), {@code skipped} aside; else null. Asked
     * before {@link #canonicalHeaders}, it spares most handshakes the copy of every header.
     *
     * @param headers the request's headers
     * @param skipped a header name (lower case) left out of the kept headers
     * @return the shared headers, or null when the caller must build them
     */
    static RequestHeaders lastIfSame(HttpHeaders headers, String skipped) {
        SharedHeaders last = lastHeaders;
        Iterator<Map.Entry<String, List<String>>> kept = last.given().entrySet().iterator();
        Iterator<Map.Entry<CharSequence, CharSequence>> given = headers.iteratorCharSequence();
        while (given.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = given.next();
            if (AsciiString.contentEqualsIgnoreCase(header.getKey(), skipped)) {
                continue;
            }
            if (!kept.hasNext()) {
                return null;
            }
            Map.Entry<String, List<String>> same = kept.next();
            if (same.getValue().size() != 1 || !AsciiString.contentEqualsIgnoreCase(header.getKey(), same.getKey())
                    || !same.getValue().get(0).contentEquals(header.getValue())) {
                return null;
            }
        }
        return kept.hasNext() ? null : last.kept();
    }

    /**
     * The previous request's query when {@code query} is equal to it, else null: most handshakes
     * carry the same one, and then no copy is made.
     *
     * @param query a decoded query
     * @return the shared equal query, or null
     */
    static Map<String, List<String>> lastQueryIfSame(Map<String, List<String>> query) {
        Map<String, List<String>> last = lastQuery;
        return last.equals(query) ? last : null;
    }

    /**
     * The shared instance of an immutable query map: the previous request's when equal (the
     * WebSocket handshakes of one client library all carry the same query).
     *
     * @param query an immutable map
     * @return an equal immutable map, shared when possible
     */
    static Map<String, List<String>> canonicalQuery(Map<String, List<String>> query) {
        Map<String, List<String>> last = lastQuery;
        if (last.equals(query)) {
            return last;
        }
        lastQuery = query;
        return query;
    }

    /** The shared instance of {@code token} if it is a common one, else {@code token} itself. */
    static String canonical(String token) {
        String shared = CANONICAL.get(token);
        return shared != null ? shared : token;
    }
}
