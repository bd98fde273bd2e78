package dev.chat.server;

import dev.chat.server.auth.JwtConfig;
import java.util.List;
import java.util.Objects;

/**
 * What the chat server listens on and how it authenticates. Immutable; build with
 * {@link #builder()}. The standalone server fills it from environment variables and flags (see
 * {@code java -jar chat-server.jar --help}); embedders build it in code.
 *
 * @param host the address to bind; default {@code 0.0.0.0} (every interface)
 * @param port the TCP port; default 8000; 0 picks a free port (see {@link ChatServer#address()})
 * @param path the Socket.IO path; default {@code /socket.io/}; always starts and ends with {@code /}
 * @param jwt how user tokens are verified, or {@code null} when the embedder supplies its own
 *     {@link dev.chat.server.auth.TokenVerifier} to {@link ChatServer.Builder#tokenVerifier}
 * @param adminToken the static bearer token of the admin HTTP endpoints, or {@code null} to
 *     disable them (they then answer 403)
 * @param corsOrigins origins allowed to call from a browser (polling CORS and WebSocket
 *     {@code Origin} check); {@code "*"} allows any; empty (the default) allows none but
 *     same-origin and non-browser clients
 */
public record ChatServerConfig(
        String host, int port, String path, JwtConfig jwt, String adminToken, List<String> corsOrigins) {

    /** The default port, 8000, as in the API document. */
    public static final int DEFAULT_PORT = 8000;

    /** The default Socket.IO path, {@code /socket.io/}. */
    public static final String DEFAULT_PATH = "/socket.io/";

    /** Validates and normalizes every field; see {@link Builder#build()}. */
    public ChatServerConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        path = normalizePath(Objects.requireNonNull(path, "path"));
        if (adminToken != null && adminToken.length() < 16) {
            throw new IllegalArgumentException("adminToken must be at least 16 characters");
        }
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
        for (String origin : corsOrigins) {
            if (!origin.equals("*") && !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException(
                        "corsOrigins entries must be \"*\" or scheme://host[:port], was \"" + origin + "\"");
            }
        }
    }

    private static String normalizePath(String path) {
        String p = path.strip();
        if (p.isEmpty() || p.contains("?") || p.contains(" ")) {
            throw new IllegalArgumentException("path must be a URL path such as /socket.io/, was \"" + path + "\"");
        }
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        if (!p.endsWith("/")) {
            p = p + "/";
        }
        if (p.equals("/") || p.startsWith("/api/") || p.equals("/health/")) {
            throw new IllegalArgumentException("path must not be /, /api/ or /health, was \"" + path + "\"");
        }
        return p;
    }

    /**
     * A new builder with the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this config's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().host(host).port(port).path(path).jwt(jwt).adminToken(adminToken).corsOrigins(corsOrigins);
    }

    @Override
    public String toString() {
        // Never print the admin token.
        return "ChatServerConfig[host=" + host + ", port=" + port + ", path=" + path + ", jwt=" + jwt
                + ", adminToken=" + (adminToken == null ? "none" : "***") + ", corsOrigins=" + corsOrigins + "]";
    }

    /** Builds a {@link ChatServerConfig}; every setter returns this builder. */
    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = DEFAULT_PORT;
        private String path = DEFAULT_PATH;
        private JwtConfig jwt;
        private String adminToken;
        private List<String> corsOrigins = List.of();

        private Builder() {}

        /**
         * Sets the address to bind.
         *
         * @param host an IP address or host name
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Sets the TCP port (0 for a free port).
         *
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the Socket.IO path.
         *
         * @param path such as {@code /socket.io/}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets how user tokens are verified.
         *
         * @param jwt the JWT settings, or {@code null} when a custom verifier is supplied
         * @return this builder
         */
        public Builder jwt(JwtConfig jwt) {
            this.jwt = jwt;
            return this;
        }

        /**
         * Sets the admin bearer token.
         *
         * @param adminToken at least 16 characters, or {@code null} to disable admin endpoints
         * @return this builder
         */
        public Builder adminToken(String adminToken) {
            this.adminToken = adminToken;
            return this;
        }

        /**
         * Sets the allowed browser origins.
         *
         * @param corsOrigins origins such as {@code https://app.example.com}, or {@code "*"}
         * @return this builder
         */
        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = corsOrigins;
            return this;
        }

        /**
         * Builds the config.
         *
         * @return the config
         * @throws IllegalArgumentException naming the field, when a value is invalid
         */
        public ChatServerConfig build() {
            return new ChatServerConfig(host, port, path, jwt, adminToken, corsOrigins);
        }
    }
}
