package dev.chat.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.Verification;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TokenVerifier} for JSON Web Tokens: HS256 with a shared secret, RS256 or ES256 with a
 * PEM public key, as {@link JwtConfig} says.
 *
 * <p>The token's {@code alg} header selects the one verifier of that algorithm; any other
 * algorithm, {@code none} included, is refused with {@link AuthErrorCode#ALGORITHM_REJECTED}.
 * {@code exp}, {@code nbf} and {@code iat} are checked against the clock with the configured
 * leeway; {@code iss} and {@code aud} when configured. The user id is the first of
 * {@link JwtConfig#userClaims()} present as a non-blank string or an integer.
 *
 * <p>Thread-safe and immutable.
 */
public final class JwtTokenVerifier implements TokenVerifier {

    private final Map<String, JWTVerifier> verifiersByAlgorithm;
    private final List<String> userClaims;

    private JwtTokenVerifier(Map<String, JWTVerifier> verifiersByAlgorithm, List<String> userClaims) {
        this.verifiersByAlgorithm = Map.copyOf(verifiersByAlgorithm);
        this.userClaims = userClaims;
    }

    /**
     * A verifier checking time claims against the system clock.
     *
     * @param config the keys and claim rules
     * @return the verifier
     * @throws IllegalArgumentException when the public key cannot be read
     */
    public static JwtTokenVerifier create(JwtConfig config) {
        return create(config, Clock.systemUTC());
    }

    /**
     * A verifier checking time claims against the given clock.
     *
     * @param config the keys and claim rules
     * @param clock the clock for {@code exp}, {@code nbf} and {@code iat}
     * @return the verifier
     * @throws IllegalArgumentException when the public key cannot be read
     */
    public static JwtTokenVerifier create(JwtConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Map<String, JWTVerifier> verifiers = new HashMap<>();
        if (config.hmacSecret() != null) {
            Algorithm hs256 = new HmacSha256Algorithm(config.hmacSecret().getBytes(StandardCharsets.UTF_8));
            verifiers.put(hs256.getName(), build(hs256, config, clock));
        }
        if (config.publicKeyPem() != null) {
            PublicKey key = PemPublicKeys.parse(config.publicKeyPem());
            Algorithm algorithm = key instanceof RSAPublicKey rsa
                    ? Algorithm.RSA256(rsa, null)
                    : Algorithm.ECDSA256((ECPublicKey) key, null);
            verifiers.put(algorithm.getName(), build(algorithm, config, clock));
        }
        return new JwtTokenVerifier(verifiers, config.userClaims());
    }

    private static JWTVerifier build(Algorithm algorithm, JwtConfig config, Clock clock) {
        Verification verification = JWT.require(algorithm).acceptLeeway(config.leeway().toSeconds());
        if (config.issuer() != null) {
            verification = verification.withIssuer(config.issuer());
        }
        if (config.audience() != null) {
            verification = verification.withAnyOfAudience(config.audience());
        }
        return ((JWTVerifier.BaseVerification) verification).build(clock);
    }

    @Override
    public AuthResult verify(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            return AuthResult.rejected(AuthErrorCode.TOKEN_MISSING);
        }
        DecodedJWT decoded;
        try {
            decoded = JWT.decode(token);
        } catch (JWTDecodeException e) {
            return AuthResult.rejected(AuthErrorCode.TOKEN_MALFORMED);
        }
        JWTVerifier verifier = verifiersByAlgorithm.get(decoded.getAlgorithm());
        if (verifier == null) {
            return AuthResult.rejected(AuthErrorCode.ALGORITHM_REJECTED);
        }
        try {
            verifier.verify(decoded);
        } catch (AlgorithmMismatchException e) {
            return AuthResult.rejected(AuthErrorCode.ALGORITHM_REJECTED);
        } catch (SignatureVerificationException e) {
            return AuthResult.rejected(AuthErrorCode.SIGNATURE_INVALID);
        } catch (TokenExpiredException e) {
            return AuthResult.rejected(AuthErrorCode.TOKEN_EXPIRED);
        } catch (IncorrectClaimException e) {
            String claim = e.getClaimName();
            boolean timing = "nbf".equals(claim) || "iat".equals(claim);
            return AuthResult.rejected(timing ? AuthErrorCode.TOKEN_NOT_YET_VALID : AuthErrorCode.CLAIM_MISMATCH);
        } catch (MissingClaimException e) {
            return AuthResult.rejected(AuthErrorCode.CLAIM_MISMATCH);
        } catch (JWTVerificationException e) {
            return AuthResult.rejected(AuthErrorCode.TOKEN_MALFORMED);
        }
        return userId(decoded)
                .<AuthResult>map(AuthResult.Authenticated::new)
                .orElseGet(() -> AuthResult.rejected(AuthErrorCode.USER_MISSING));
    }

    private Optional<String> userId(DecodedJWT jwt) {
        for (String name : userClaims) {
            Claim claim = jwt.getClaim(name);
            if (claim.isMissing() || claim.isNull()) {
                continue;
            }
            Optional<String> id = idOf(claim);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** A user id is a non-blank string or an integral number (rendered in plain decimal). */
    private static Optional<String> idOf(Claim claim) {
        String text = claim.asString(); // a string claim read as it is: no conversion through Jackson
        if (text != null) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        Object value = claim.as(Object.class);
        if (value instanceof Number n) {
            BigDecimal decimal = new BigDecimal(n.toString());
            try {
                return Optional.of(decimal.toBigIntegerExact().toString());
            } catch (ArithmeticException notIntegral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
