package dev.chat.server.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.server.http.RequestHeaders;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a client presented to connect to a namespace.
 *
 * @param auth the CONNECT packet's payload ({@code socket.handshake.auth}); an empty object if none
 * @param headers the headers of the request that opened the Engine.IO session
 * @param query the query parameters of that request
 * @param remote the peer's address
 * @param issued when the Engine.IO session was opened
 */
public record Handshake(
        JsonNode auth,
        RequestHeaders headers,
        Map<String, List<String>> query,
        InetSocketAddress remote,
        Instant issued) {

    /**
     * Validates and copies.
     *
     * @param auth the {@code auth} component
     * @param headers the {@code headers} component
     * @param query the {@code query} component
     * @param remote the {@code remote} component
     * @param issued the {@code issued} component
     */
    public Handshake {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(headers, "headers");
        query = Map.copyOf(Objects.requireNonNull(query, "query"));
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(issued, "issued");
    }
}
