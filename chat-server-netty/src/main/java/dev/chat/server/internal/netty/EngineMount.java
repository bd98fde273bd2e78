package dev.chat.server.internal.netty;

import dev.chat.server.internal.engine.EngineSessions;

/**
 * An Engine.IO server mounted at a path such as {@code /socket.io/}: requests to the path, with or
 * without its trailing slash, go to it.
 */
public record EngineMount(String path, EngineSessions sessions, CorsPolicy cors, WebSocketSettings webSocket) {

    public EngineMount {
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("path must start and end with '/': " + path);
        }
    }

    public EngineMount(String path, EngineSessions sessions, CorsPolicy cors) {
        this(path, sessions, cors, WebSocketSettings.of(sessions.config()));
    }

    public EngineMount(String path, EngineSessions sessions) {
        this(path, sessions, new CorsPolicy(sessions.config().allowedOrigins()));
    }

    /** @return whether a request path belongs to this mount */
    public boolean matches(String requestPath) {
        return requestPath.startsWith(path) || requestPath.regionMatches(0, path, 0, path.length() - 1)
                && requestPath.length() == path.length() - 1;
    }
}
