package dev.chat.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable HTTP request headers with case-insensitive names.
 *
 * <p>Names are compared ignoring case ({@code Authorization} and {@code authorization} are the same
 * header); values keep their order of arrival.
 */
public final class RequestHeaders {

    /** Headers with no entries. */
    public static final RequestHeaders EMPTY = new RequestHeaders(new String[0]);

    /**
     * Lower-case names and their values, alternating, in order of arrival: one flat array rather than
     * a map of lists, since every connection keeps the headers of its handshake for life.
     */
    private final String[] namesAndValues;

    private RequestHeaders(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /**
     * Copies the given headers.
     *
     * @param headers header names to values; names may use any case
     * @return the immutable headers
     */
    public static RequestHeaders of(Map<String, List<String>> headers) {
        int count = 0;
        for (List<String> values : headers.values()) {
            count += values.size();
        }
        String[] flat = new String[2 * count];
        int i = 0;
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            for (String value : e.getValue()) {
                flat[i++] = name;
                flat[i++] = Objects.requireNonNull(value, "value");
            }
        }
        return new RequestHeaders(flat);
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the first value, or empty if the header is absent
     */
    public Optional<String> first(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(lower)) {
                return Optional.of(namesAndValues[i + 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * Every value of a header.
     *
     * @param name the header name, in any case
     * @return the values in order of arrival; empty if the header is absent
     */
    public List<String> all(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> values = null;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equals(lower)) {
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(namesAndValues[i + 1]);
            }
        }
        return values == null ? List.of() : List.copyOf(values);
    }

    /**
     * Whether a header is present.
     *
     * @param name the header name, in any case
     * @return true if it has at least one value
     */
    public boolean contains(String name) {
        return first(name).isPresent();
    }

    /**
     * All headers.
     *
     * @return an unmodifiable map from lower-case header names to their values
     */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            grouped.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>(2)).add(namesAndValues[i + 1]);
        }
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(grouped);
    }

    @Override
    public String toString() {
        return "RequestHeaders" + asMap().keySet();
    }
}
