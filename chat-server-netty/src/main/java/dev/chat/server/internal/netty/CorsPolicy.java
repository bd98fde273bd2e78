package dev.chat.server.internal.netty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CORS answer for one request origin, from the allow-list of an Engine.IO mount. A request
 * without {@code Origin} does not come from a browser page and is always allowed.
 */
public final class CorsPolicy {

    private final List<String> allowedOrigins;
    private final boolean any;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.any = allowedOrigins.contains("*");
    }

    /**
     * The origin a request comes from when it is cross-origin, or {@code null} when it is not: no
     * {@code Origin}, or a page served by this very server ({@code Origin} naming the request's
     * {@code Host}), such as the web demo at {@code /demo}. Same-origin requests need no allow-list.
     *
     * @param origin the {@code Origin} header, or null
     * @param host the {@code Host} header, or null
     * @return the origin to check against the allow-list, or null
     */
    public static String crossOrigin(String origin, String host) {
        if (origin == null || host == null) {
            return origin;
        }
        int scheme = origin.indexOf("://");
        return scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host) ? null : origin;
    }

    /** @return whether a request with this {@code Origin} (null if absent) may proceed */
    public boolean allows(String origin) {
        return origin == null || any || allowedOrigins.contains(origin);
    }

    /** @return the headers to add to a response to a request with this origin (null if absent) */
    public Map<String, String> responseHeaders(String origin) {
        if (origin == null || !allows(origin)) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (any) {
            // As the cors package with origin "*": any page may read, but without credentials.
            headers.put("Access-Control-Allow-Origin", "*");
        } else {
            // A listed origin is echoed and may send credentials (withCredentials clients).
            headers.put("Access-Control-Allow-Origin", origin);
            headers.put("Access-Control-Allow-Credentials", "true");
            headers.put("Vary", "Origin");
        }
        return headers;
    }

    /** @return the headers of a preflight answer for this origin and requested headers */
    public Map<String, String> preflightHeaders(String origin, String requestedHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(responseHeaders(origin));
        if (!headers.isEmpty()) {
            headers.put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            if (requestedHeaders != null && !requestedHeaders.isBlank()) {
                headers.put("Access-Control-Allow-Headers", requestedHeaders);
            }
            headers.put("Access-Control-Max-Age", "86400");
        }
        return headers;
    }
}
