package dev.chat.server.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fully read HTTP request, free of Netty types.
 *
 * @param method the request method in upper case, such as {@code GET}
 * @param path the decoded path without the query string, such as {@code /api/conversations}
 * @param query the decoded query parameters, each name to its values in order
 * @param headers the request headers (case-insensitive names)
 * @param body the request body; empty, never null
 * @param remote the peer's address
 */
public record HttpRequest(
        String method,
        String path,
        Map<String, List<String>> query,
        RequestHeaders headers,
        byte[] body,
        InetSocketAddress remote) {

    /**
     * Validates and copies the components.
     *
     * @param method the {@code method} component
     * @param path the {@code path} component
     * @param query the {@code query} component
     * @param headers the {@code headers} component
     * @param body the {@code body} component
     * @param remote the {@code remote} component
     */
    public HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(remote, "remote");
    }

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name (case-sensitive)
     * @return its first value, or empty if absent
     */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return its first value, or empty if absent
     */
    public Optional<String> header(String name) {
        return headers.first(name);
    }
}
