package dev.chat.server.internal.netty;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

    private CommonTokens() {
    }

    /** The shared instance of {@code token} if it is a common one, else {@code token} itself. */
    static String canonical(String token) {
        String shared = CANONICAL.get(token);
        return shared != null ? shared : token;
    }
}
