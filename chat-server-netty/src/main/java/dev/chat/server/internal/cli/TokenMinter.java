package dev.chat.server.internal.cli;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import dev.chat.server.auth.JwtConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Mints HS256 user tokens that the configured {@link JwtConfig} accepts (for {@code token} and {@code --dev}). */
final class TokenMinter {

    private TokenMinter() {}

    /**
     * Mints a token for one user.
     *
     * @param jwt the secret, user claim, issuer and audience; must have an HMAC secret
     * @param user the user id; a numeric id goes into a non-{@code sub} claim as a JSON number
     * @param now the issue time
     * @param ttl how long the token is valid
     * @return the compact JWT
     */
    static String mint(JwtConfig jwt, String user, Instant now, Duration ttl) {
        if (jwt.hmacSecret() == null) {
            throw new IllegalArgumentException("jwt.hmacSecret is required to mint tokens");
        }
        String claim = jwt.userClaims().get(0);
        JWTCreator.Builder token = JWT.create()
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl));
        if (claim.equals("sub") || !user.matches("-?[0-9]{1,18}")) {
            token.withClaim(claim, user);
        } else {
            token.withClaim(claim, Long.parseLong(user));
        }
        if (jwt.issuer() != null) {
            token.withIssuer(jwt.issuer());
        }
        if (jwt.audience() != null) {
            token.withAudience(jwt.audience());
        }
        return token.sign(Algorithm.HMAC256(jwt.hmacSecret().getBytes(StandardCharsets.UTF_8)));
    }
}
