package dev.chat.server.internal.netty;

import dev.chat.server.http.HttpEndpoint;

/** An application endpoint for a path prefix. */
public record EndpointMount(String prefix, HttpEndpoint endpoint) {

    public EndpointMount {
        if (!prefix.startsWith("/")) {
            throw new IllegalArgumentException("prefix must start with '/': " + prefix);
        }
    }

    /** @return whether a request path falls under this prefix (at a segment boundary) */
    public boolean matches(String path) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        return prefix.endsWith("/") || path.length() == prefix.length() || path.charAt(prefix.length()) == '/';
    }
}
