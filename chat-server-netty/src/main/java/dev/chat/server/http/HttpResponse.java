package dev.chat.server.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP response, free of Netty types. The host adds {@code Content-Length} itself.
 *
 * @param status the status code, 100 to 599
 * @param headers response header names to values
 * @param body the response body; empty, never null
 */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    private static final String CONTENT_TYPE = "Content-Type";
    private static final String JSON = "application/json; charset=utf-8";

    /**
     * Validates and copies the components.
     *
     * @param status the {@code status} component
     * @param headers the {@code headers} component
     * @param body the {@code body} component
     */
    public HttpResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599: " + status);
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        Objects.requireNonNull(body, "body");
    }

    /**
     * A JSON response.
     *
     * @param status the status code
     * @param json the JSON text, sent as UTF-8
     * @return the response with {@code Content-Type: application/json; charset=utf-8}
     */
    public static HttpResponse json(int status, String json) {
        return new HttpResponse(status, Map.of(CONTENT_TYPE, JSON), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A plain-text response.
     *
     * @param status the status code
     * @param text the text, sent as UTF-8
     * @return the response with {@code Content-Type: text/plain; charset=utf-8}
     */
    public static HttpResponse text(int status, String text) {
        return new HttpResponse(status, Map.of(CONTENT_TYPE, "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A response without a body.
     *
     * @param status the status code
     * @return the response
     */
    public static HttpResponse empty(int status) {
        return new HttpResponse(status, Map.of(), new byte[0]);
    }

    /**
     * This response with one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return a copy with the header set
     */
    public HttpResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpResponse(status, copy, body);
    }
}
