package dev.chat.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable HTTP request headers with case-insensitive names.
 *
 * <p>Names are compared ignoring case ({@code Authorization} and {@code authorization} are the same
 * header); values keep their order of arrival.
 */
public final class RequestHeaders {

    /** Headers with no entries. */
    public static final RequestHeaders EMPTY = new RequestHeaders(Map.of());

    private final Map<String, List<String>> byLowerName;

    private RequestHeaders(Map<String, List<String>> byLowerName) {
        this.byLowerName = byLowerName;
    }

    /**
     * Copies the given headers.
     *
     * @param headers header names to values; names may use any case
     * @return the immutable headers
     */
    public static RequestHeaders of(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new HashMap<>();
        headers.forEach((name, values) -> copy
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((k, v) -> List.copyOf(v));
        // An immutable map is one flat array: every connection keeps its handshake headers.
        return new RequestHeaders(Map.copyOf(copy));
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or empty if the header is absent
     */
    public Optional<String> first(String name) {
        List<String> values = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Every value of a header.
     *
     * @param name the header name, in any case
     * @return the values in order of arrival; empty if the header is absent
     */
    public List<String> all(String name) {
        return byLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Whether a header is present.
     *
     * @param name the header name, in any case
     * @return true if it has at least one value
     */
    public boolean contains(String name) {
        return !all(name).isEmpty();
    }

    /**
     * All headers.
     *
     * @return an unmodifiable map from lower-case header names to their values
     */
    public Map<String, List<String>> asMap() {
        return byLowerName;
    }

    @Override
    public String toString() {
        return "RequestHeaders" + byLowerName.keySet();
    }
}
