package dev.chat.server.auth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link JwtTokenVerifier} checks JSON Web Tokens. Immutable; build with {@link #builder()}.
 *
 * <p>At least one key must be set: an HS256 shared secret, a PEM public key (RSA for RS256, EC
 * P-256 for ES256), or both. A token is verified only with the key of its own {@code alg} family,
 * so a token signed with HS256 using the public key as the secret is refused (algorithm confusion),
 * and {@code alg: none} is always refused.
 *
 * @param hmacSecret the HS256 shared secret, or {@code null} for none
 * @param publicKeyPem an X.509 {@code -----BEGIN PUBLIC KEY-----} PEM block, or {@code null}
 * @param userClaims the claims that may hold the user id, tried in order; default
 *     {@code sub}, then {@code id}, then {@code userId}
 * @param issuer the required {@code iss} claim, or {@code null} to accept any
 * @param audience the required {@code aud} value, or {@code null} to accept any
 * @param leeway clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}; default 5 s
 */
public record JwtConfig(
        String hmacSecret,
        String publicKeyPem,
        List<String> userClaims,
        String issuer,
        String audience,
        Duration leeway) {

    /** The user id claims tried when none is configured: {@code sub}, {@code id}, {@code userId}. */
    public static final List<String> DEFAULT_USER_CLAIMS = List.of("sub", "id", "userId");

    /** The default clock-skew leeway: 5 seconds. */
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(5);

    /** Validates every field; see {@link Builder#build()}. */
    public JwtConfig {
        if (hmacSecret == null && publicKeyPem == null) {
            throw new IllegalArgumentException(
                    "jwt: set hmacSecret (CHAT_JWT_SECRET) or publicKeyPem (CHAT_JWT_PUBLIC_KEY)");
        }
        if (hmacSecret != null && hmacSecret.isBlank()) {
            throw new IllegalArgumentException("jwt.hmacSecret must not be blank");
        }
        if (publicKeyPem != null && publicKeyPem.isBlank()) {
            throw new IllegalArgumentException("jwt.publicKeyPem must not be blank");
        }
        userClaims = List.copyOf(Objects.requireNonNull(userClaims, "jwt.userClaims"));
        if (userClaims.isEmpty() || userClaims.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("jwt.userClaims must name at least one claim, none blank");
        }
        if (issuer != null && issuer.isBlank()) {
            throw new IllegalArgumentException("jwt.issuer must not be blank");
        }
        if (audience != null && audience.isBlank()) {
            throw new IllegalArgumentException("jwt.audience must not be blank");
        }
        Objects.requireNonNull(leeway, "jwt.leeway");
        if (leeway.isNegative() || leeway.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("jwt.leeway must be between 0 and 10 minutes, was " + leeway);
        }
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
        Builder b = new Builder();
        b.hmacSecret = hmacSecret;
        b.publicKeyPem = publicKeyPem;
        b.userClaims = userClaims;
        b.issuer = issuer;
        b.audience = audience;
        b.leeway = leeway;
        return b;
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "JwtConfig[hmacSecret=" + (hmacSecret == null ? "none" : "***")
                + ", publicKey=" + (publicKeyPem == null ? "none" : "set")
                + ", userClaims=" + userClaims + ", issuer=" + issuer + ", audience=" + audience
                + ", leeway=" + leeway + "]";
    }

    /** Builds a {@link JwtConfig}; every setter returns this builder. */
    public static final class Builder {
        private String hmacSecret;
        private String publicKeyPem;
        private List<String> userClaims = DEFAULT_USER_CLAIMS;
        private String issuer;
        private String audience;
        private Duration leeway = DEFAULT_LEEWAY;

        private Builder() {}

        /**
         * Sets the HS256 shared secret.
         *
         * @param secret the secret, or {@code null} for none
         * @return this builder
         */
        public Builder hmacSecret(String secret) {
            this.hmacSecret = secret;
            return this;
        }

        /**
         * Sets the PEM public key for RS256 (RSA key) or ES256 (EC P-256 key).
         *
         * @param pem the {@code -----BEGIN PUBLIC KEY-----} block, or {@code null} for none
         * @return this builder
         */
        public Builder publicKeyPem(String pem) {
            this.publicKeyPem = pem;
            return this;
        }

        /**
         * Takes the user id from this one claim only (instead of {@code sub}, {@code id}, {@code userId}).
         *
         * @param claim the claim name
         * @return this builder
         */
        public Builder userClaim(String claim) {
            this.userClaims = List.of(Objects.requireNonNull(claim, "claim"));
            return this;
        }

        /**
         * Sets the claims tried in order for the user id.
         *
         * @param claims the claim names
         * @return this builder
         */
        public Builder userClaims(List<String> claims) {
            this.userClaims = claims;
            return this;
        }

        /**
         * Requires this {@code iss} claim.
         *
         * @param issuer the issuer, or {@code null} to accept any
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Requires this value in the {@code aud} claim.
         *
         * @param audience the audience, or {@code null} to accept any
         * @return this builder
         */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets the clock-skew leeway on time claims.
         *
         * @param leeway between 0 and 10 minutes
         * @return this builder
         */
        public Builder leeway(Duration leeway) {
            this.leeway = leeway;
            return this;
        }

        /**
         * Builds the config.
         *
         * @return the config
         * @throws IllegalArgumentException naming the field, when a value is invalid or no key is set
         */
        public JwtConfig build() {
            return new JwtConfig(hmacSecret, publicKeyPem, userClaims, issuer, audience, leeway);
        }
    }
}
