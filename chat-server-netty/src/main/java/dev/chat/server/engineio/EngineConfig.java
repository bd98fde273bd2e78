package dev.chat.server.engineio;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable Engine.IO settings and limits. Build with {@link #builder()}; {@link #DEFAULTS} are the
 * engine.io defaults.
 *
 * @param pingInterval how often the server pings (default 25 s)
 * @param pingTimeout how long the server waits for the pong before closing (default 20 s)
 * @param maxPayload the largest HTTP POST body or WebSocket message accepted, in bytes (default
 *     1,000,000); a larger polling POST gets 413 and a larger WebSocket message closes the connection
 *     (a polling payload may hold any number of packets within it, as with engine.io)
 * @param upgradeTimeout how long a polling session may stay in the middle of a WebSocket upgrade
 *     before the probe connection is dropped (default 10 s)
 * @param transports the transports clients may use (default both)
 * @param allowedOrigins the origins allowed by CORS on polling requests and checked on WebSocket
 *     upgrades (a request from another origin gets 403); {@code "*"} allows any origin, answered with
 *     {@code Access-Control-Allow-Origin: *} and no credentials, as engine.io does (default
 *     {@code ["*"]}); a listed origin is echoed with {@code Access-Control-Allow-Credentials: true};
 *     a request without an {@code Origin} header is always allowed (it does not come from a page)
 * @param maxOutboundQueueBytes the most bytes a session may have queued for the peer; beyond it the
 *     session is closed as a slow consumer (default 16 MiB)
 */
public record EngineConfig(
        Duration pingInterval,
        Duration pingTimeout,
        long maxPayload,
        Duration upgradeTimeout,
        Set<EngineTransport> transports,
        List<String> allowedOrigins,
        long maxOutboundQueueBytes) {

    /** The engine.io defaults. */
    public static final EngineConfig DEFAULTS = new Builder().build();

    /**
     * Validates the settings; messages name the faulty field.
     *
     * @param pingInterval the {@code pingInterval} component
     * @param pingTimeout the {@code pingTimeout} component
     * @param maxPayload the {@code maxPayload} component
     * @param upgradeTimeout the {@code upgradeTimeout} component
     * @param transports the {@code transports} component
     * @param allowedOrigins the {@code allowedOrigins} component
     * @param maxOutboundQueueBytes the {@code maxOutboundQueueBytes} component
     */
    public EngineConfig {
        requirePositive(pingInterval, "pingInterval");
        requirePositive(pingTimeout, "pingTimeout");
        requirePositive(upgradeTimeout, "upgradeTimeout");
        if (maxPayload <= 0) {
            throw new IllegalArgumentException("maxPayload must be positive: " + maxPayload);
        }
        if (maxOutboundQueueBytes <= 0) {
            throw new IllegalArgumentException("maxOutboundQueueBytes must be positive: " + maxOutboundQueueBytes);
        }
        Objects.requireNonNull(transports, "transports");
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("transports must not be empty");
        }
        transports = Set.copyOf(transports);
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
    }

    private static void requirePositive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(field + " must be positive: " + d);
        }
    }

    /**
     * Whether the given {@code Origin} header value is allowed.
     *
     * @param origin the header value
     * @return true if {@code "*"} or the exact origin is in {@link #allowedOrigins()}
     */
    public boolean allowsOrigin(String origin) {
        return allowedOrigins.contains("*") || allowedOrigins.contains(origin);
    }

    /**
     * A builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .pingInterval(pingInterval)
                .pingTimeout(pingTimeout)
                .maxPayload(maxPayload)
                .upgradeTimeout(upgradeTimeout)
                .transports(transports)
                .allowedOrigins(allowedOrigins)
                .maxOutboundQueueBytes(maxOutboundQueueBytes);
    }

    /** Builds an {@link EngineConfig}; {@link #build()} validates. */
    public static final class Builder {
        private Duration pingInterval = Duration.ofMillis(25_000);
        private Duration pingTimeout = Duration.ofMillis(20_000);
        private long maxPayload = 1_000_000;
        private Duration upgradeTimeout = Duration.ofMillis(10_000);
        private Set<EngineTransport> transports = EnumSet.allOf(EngineTransport.class);
        private List<String> allowedOrigins = List.of("*");
        private long maxOutboundQueueBytes = 16L * 1024 * 1024;

        private Builder() {
        }

        /**
         * Sets the ping interval.
         *
         * @param value the ping interval
         * @return this builder
         */
        public Builder pingInterval(Duration value) {
            this.pingInterval = value;
            return this;
        }

        /**
         * Sets the ping timeout.
         *
         * @param value the ping timeout
         * @return this builder
         */
        public Builder pingTimeout(Duration value) {
            this.pingTimeout = value;
            return this;
        }

        /**
         * Sets the largest accepted payload in bytes.
         *
         * @param value the largest accepted payload in bytes
         * @return this builder
         */
        public Builder maxPayload(long value) {
            this.maxPayload = value;
            return this;
        }

        /**
         * Sets the upgrade timeout.
         *
         * @param value the upgrade timeout
         * @return this builder
         */
        public Builder upgradeTimeout(Duration value) {
            this.upgradeTimeout = value;
            return this;
        }

        /**
         * Sets the allowed transports.
         *
         * @param value the allowed transports
         * @return this builder
         */
        public Builder transports(Set<EngineTransport> value) {
            this.transports = value;
            return this;
        }

        /**
         * Sets the allowed origins ({@code "*"} for any).
         *
         * @param value the allowed origins ({@code "*"} for any)
         * @return this builder
         */
        public Builder allowedOrigins(List<String> value) {
            this.allowedOrigins = value;
            return this;
        }

        /**
         * Sets the outbound queue limit in bytes.
         *
         * @param value the outbound queue limit in bytes
         * @return this builder
         */
        public Builder maxOutboundQueueBytes(long value) {
            this.maxOutboundQueueBytes = value;
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the settings
         * @throws IllegalArgumentException naming the field that is out of range
         */
        public EngineConfig build() {
            return new EngineConfig(pingInterval, pingTimeout, maxPayload, upgradeTimeout, transports,
                    allowedOrigins, maxOutboundQueueBytes);
        }
    }
}
