package dev.chat.client;

import dev.chat.protocol.ProtocolLimits;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link ChatClient}'s settings, immutable. Build with {@link #builder()}; {@link Builder#build()}
 * validates and names the offending field.
 *
 * @param serverUri      the server's base address: {@code http://host:port} (or https, ws, wss)
 * @param path           the Socket.IO path (default {@code /socket.io/})
 * @param token          supplies the JWT at every (re)connection, so a refreshed token is picked up;
 *                       a {@code "Bearer "} prefix is allowed; may return {@code null} to send none
 * @param authMethod     where the token goes (default {@link AuthMethod#AUTH_PAYLOAD})
 * @param reconnect      how to reconnect (default {@link ReconnectPolicy#DEFAULTS})
 * @param connectTimeout the limit on opening the WebSocket and connecting the namespace (default 20 s)
 * @param ackTimeout     the limit on waiting for a command's acknowledgement (default 10 s)
 * @param limits         the codec's limits for what the server sends (default {@link ProtocolLimits#DEFAULTS})
 */
public record ChatClientConfig(URI serverUri, String path, Supplier<String> token, AuthMethod authMethod,
                               ReconnectPolicy reconnect, Duration connectTimeout, Duration ackTimeout,
                               ProtocolLimits limits) {

    /** Validates every field; prefer {@link #builder()}. */
    public ChatClientConfig {
        Objects.requireNonNull(serverUri, "serverUri");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(authMethod, "authMethod");
        Objects.requireNonNull(reconnect, "reconnect");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(limits, "limits");
        String scheme = serverUri.getScheme() == null ? "" : serverUri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("serverUri must be http, https, ws or wss: " + serverUri);
        }
        if (serverUri.getHost() == null) {
            throw new IllegalArgumentException("serverUri must have a host: " + serverUri);
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive: " + ackTimeout);
        }
    }

    /** A builder with the defaults; {@link Builder#serverUri(URI)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder().serverUri(serverUri).path(path).tokenSupplier(token).authMethod(authMethod)
                .reconnect(reconnect).connectTimeout(connectTimeout).ackTimeout(ackTimeout).limits(limits);
    }

    /**
     * The Engine.IO WebSocket address: {@code ws[s]://host:port/<path>/?EIO=4&transport=websocket}.
     */
    public URI webSocketUri() {
        String scheme = serverUri.getScheme().toLowerCase(Locale.ROOT);
        String wsScheme = scheme.equals("https") || scheme.equals("wss") ? "wss" : "ws";
        String p = path.endsWith("/") ? path : path + "/";
        String port = serverUri.getPort() < 0 ? "" : ":" + serverUri.getPort();
        return URI.create(wsScheme + "://" + serverUri.getHost() + port + p + "?EIO=4&transport=websocket");
    }

    /** Builds a {@link ChatClientConfig}. */
    public static final class Builder {
        private URI serverUri;
        private String path = "/socket.io/";
        private Supplier<String> token = () -> null;
        private AuthMethod authMethod = AuthMethod.AUTH_PAYLOAD;
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULTS;
        private Duration connectTimeout = Duration.ofSeconds(20);
        private Duration ackTimeout = Duration.ofSeconds(10);
        private ProtocolLimits limits = ProtocolLimits.DEFAULTS;

        private Builder() {
        }

        /** The server's base address, such as {@code http://localhost:8000}. */
        public Builder serverUri(URI serverUri) {
            this.serverUri = serverUri;
            return this;
        }

        /** The server's base address as a string. */
        public Builder serverUri(String serverUri) {
            return serverUri(URI.create(Objects.requireNonNull(serverUri, "serverUri")));
        }

        /** The Socket.IO path, {@code /socket.io/} by default. */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /** A fixed token, used at every connection. */
        public Builder token(String token) {
            return tokenSupplier(() -> token);
        }

        /** A token source, asked at every connection (for tokens that are refreshed). */
        public Builder tokenSupplier(Supplier<String> token) {
            this.token = token;
            return this;
        }

        /** Where the token goes. */
        public Builder authMethod(AuthMethod authMethod) {
            this.authMethod = authMethod;
            return this;
        }

        /** The reconnection policy. */
        public Builder reconnect(ReconnectPolicy reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        /** The limit on connecting. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** The limit on waiting for an acknowledgement. */
        public Builder ackTimeout(Duration ackTimeout) {
            this.ackTimeout = ackTimeout;
            return this;
        }

        /** The codec's limits. */
        public Builder limits(ProtocolLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Validates and builds. */
        public ChatClientConfig build() {
            return new ChatClientConfig(serverUri, path, token, authMethod, reconnect, connectTimeout,
                    ackTimeout, limits);
        }
    }
}
