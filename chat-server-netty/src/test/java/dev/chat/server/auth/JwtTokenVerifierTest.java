package dev.chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JwtTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyPair RSA = TestTokens.rsaKeys();
    private static final KeyPair EC = TestTokens.ecKeys();

    private final JwtTokenVerifier hs256 =
            JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build(), CLOCK);

    private static String token(java.util.function.UnaryOperator<com.auth0.jwt.JWTCreator.Builder> claims) {
        return TestTokens.hs256(TestTokens.SECRET, claims);
    }

    private static void assertUser(AuthResult result, String user) {
        assertThat(result).isEqualTo(new AuthResult.Authenticated(user));
    }

    private static void assertRejected(AuthResult result, AuthErrorCode code) {
        assertThat(result).isEqualTo(new AuthResult.Rejected(new AuthError(code, code.message())));
    }

    @Test
    void hs256TokenNamesTheSubject() {
        assertUser(hs256.verify(token(b -> b.withSubject("456").withExpiresAt(NOW.plusSeconds(60)))), "456");
    }

    @Test
    void userIdFallsBackToIdThenUserIdAndNumbersRenderInDecimal() {
        assertUser(hs256.verify(token(b -> b.withClaim("id", 456L).withClaim("userId", 1L))), "456");
        assertUser(hs256.verify(token(b -> b.withClaim("userId", 789))), "789");
        assertUser(hs256.verify(token(b -> b.withClaim("userId", "u-1"))), "u-1");
        assertUser(hs256.verify(token(b -> b.withClaim("id", 12345678901234L))), "12345678901234");
    }

    @Test
    void configuredUserClaimIsTheOnlyOneRead() {
        JwtTokenVerifier uid = JwtTokenVerifier.create(
                JwtConfig.builder().hmacSecret(TestTokens.SECRET).userClaim("uid").build(), CLOCK);
        assertUser(uid.verify(token(b -> b.withSubject("1").withClaim("uid", 42))), "42");
        assertRejected(uid.verify(token(b -> b.withSubject("1"))), AuthErrorCode.USER_MISSING);
    }

    @Test
    void tokenWithoutUsableUserIsRejected() {
        assertRejected(hs256.verify(token(b -> b.withClaim("name", "x"))), AuthErrorCode.USER_MISSING);
        assertRejected(hs256.verify(token(b -> b.withClaim("id", 4.5))), AuthErrorCode.USER_MISSING);
        assertRejected(hs256.verify(token(b -> b.withClaim("id", true))), AuthErrorCode.USER_MISSING);
        assertRejected(hs256.verify(token(b -> b.withSubject(" "))), AuthErrorCode.USER_MISSING);
    }

    @Test
    void expiryIsCheckedWithLeeway() {
        assertRejected(hs256.verify(token(b -> b.withSubject("1").withExpiresAt(NOW.minusSeconds(6)))),
                AuthErrorCode.TOKEN_EXPIRED);
        assertUser(hs256.verify(token(b -> b.withSubject("1").withExpiresAt(NOW.minusSeconds(4)))), "1");
    }

    @Test
    void notBeforeAndIssuedAtInTheFutureAreRejected() {
        assertRejected(hs256.verify(token(b -> b.withSubject("1").withNotBefore(NOW.plusSeconds(60)))),
                AuthErrorCode.TOKEN_NOT_YET_VALID);
        assertRejected(hs256.verify(token(b -> b.withSubject("1").withIssuedAt(NOW.plusSeconds(60)))),
                AuthErrorCode.TOKEN_NOT_YET_VALID);
        assertUser(hs256.verify(token(b -> b.withSubject("1").withNotBefore(NOW.plusSeconds(3)))), "1");
    }

    @Test
    void leewayIsConfigurable() {
        JwtTokenVerifier strict = JwtTokenVerifier.create(
                JwtConfig.builder().hmacSecret(TestTokens.SECRET).leeway(Duration.ZERO).build(), CLOCK);
        assertRejected(strict.verify(token(b -> b.withSubject("1").withExpiresAt(NOW.minusSeconds(1)))),
                AuthErrorCode.TOKEN_EXPIRED);
    }

    @Test
    void wrongSecretIsABadSignature() {
        assertRejected(hs256.verify(TestTokens.hs256("another-secret", b -> b.withSubject("1"))),
                AuthErrorCode.SIGNATURE_INVALID);
    }

    @Test
    void algNoneIsRejected() {
        assertRejected(hs256.verify(TestTokens.algNone("{\"sub\":\"1\"}")), AuthErrorCode.ALGORITHM_REJECTED);
        JwtTokenVerifier rsa = JwtTokenVerifier.create(
                JwtConfig.builder().publicKeyPem(TestTokens.pem(RSA.getPublic())).build(), CLOCK);
        assertRejected(rsa.verify(TestTokens.algNone("{\"sub\":\"1\"}")), AuthErrorCode.ALGORITHM_REJECTED);
    }

    @Test
    void garbageIsMalformedAndBlankIsMissing() {
        assertRejected(hs256.verify("not-a-jwt"), AuthErrorCode.TOKEN_MALFORMED);
        assertRejected(hs256.verify("a.b.c"), AuthErrorCode.TOKEN_MALFORMED);
        assertRejected(hs256.verify(""), AuthErrorCode.TOKEN_MISSING);
    }

    @Test
    void rs256WithPemPublicKey() {
        JwtTokenVerifier rsa = JwtTokenVerifier.create(
                JwtConfig.builder().publicKeyPem(TestTokens.pem(RSA.getPublic())).build(), CLOCK);
        assertUser(rsa.verify(TestTokens.rs256(RSA, b -> b.withSubject("7"))), "7");
        assertRejected(rsa.verify(TestTokens.rs256(TestTokens.rsaKeys(), b -> b.withSubject("7"))),
                AuthErrorCode.SIGNATURE_INVALID);
        assertRejected(rsa.verify(token(b -> b.withSubject("7"))), AuthErrorCode.ALGORITHM_REJECTED);
    }

    @Test
    void es256WithPemPublicKey() {
        JwtTokenVerifier ec = JwtTokenVerifier.create(
                JwtConfig.builder().publicKeyPem(TestTokens.pem(EC.getPublic())).build(), CLOCK);
        assertUser(ec.verify(TestTokens.es256(EC, b -> b.withSubject("8"))), "8");
        assertRejected(ec.verify(TestTokens.es256(TestTokens.ecKeys(), b -> b.withSubject("8"))),
                AuthErrorCode.SIGNATURE_INVALID);
        assertRejected(ec.verify(TestTokens.rs256(RSA, b -> b.withSubject("8"))), AuthErrorCode.ALGORITHM_REJECTED);
    }

    @Test
    void algorithmConfusionWithThePublicKeyAsHmacSecretIsRejected() {
        String pem = TestTokens.pem(RSA.getPublic());
        String forged = TestTokens.hs256(pem, b -> b.withSubject("1"));
        JwtTokenVerifier publicOnly = JwtTokenVerifier.create(JwtConfig.builder().publicKeyPem(pem).build(), CLOCK);
        assertRejected(publicOnly.verify(forged), AuthErrorCode.ALGORITHM_REJECTED);

        JwtTokenVerifier both = JwtTokenVerifier.create(
                JwtConfig.builder().publicKeyPem(pem).hmacSecret(TestTokens.SECRET).build(), CLOCK);
        assertRejected(both.verify(forged), AuthErrorCode.SIGNATURE_INVALID);
        assertUser(both.verify(token(b -> b.withSubject("1"))), "1");
        assertUser(both.verify(TestTokens.rs256(RSA, b -> b.withSubject("2"))), "2");
    }

    @Test
    void issuerAndAudienceAreCheckedWhenConfigured() {
        JwtTokenVerifier strict = JwtTokenVerifier.create(
                JwtConfig.builder().hmacSecret(TestTokens.SECRET).issuer("auth.example").audience("chat").build(),
                CLOCK);
        assertUser(strict.verify(token(b -> b.withSubject("1").withIssuer("auth.example").withAudience("chat", "x"))),
                "1");
        assertRejected(strict.verify(token(b -> b.withSubject("1").withIssuer("evil").withAudience("chat"))),
                AuthErrorCode.CLAIM_MISMATCH);
        assertRejected(strict.verify(token(b -> b.withSubject("1").withIssuer("auth.example").withAudience("other"))),
                AuthErrorCode.CLAIM_MISMATCH);
        assertRejected(strict.verify(token(b -> b.withSubject("1"))), AuthErrorCode.CLAIM_MISMATCH);
    }

    @Test
    void configNamesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> JwtConfig.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jwt: set hmacSecret (CHAT_JWT_SECRET) or publicKeyPem (CHAT_JWT_PUBLIC_KEY)");
        assertThatThrownBy(() -> JwtConfig.builder().hmacSecret("s").leeway(Duration.ofSeconds(-1)).build())
                .hasMessage("jwt.leeway must be between 0 and 10 minutes, was PT-1S");
        assertThatThrownBy(() -> JwtTokenVerifier.create(JwtConfig.builder().publicKeyPem("nope").build()))
                .hasMessage("jwt.publicKeyPem must be a PEM block starting with -----BEGIN PUBLIC KEY-----");
        assertThatThrownBy(() -> JwtTokenVerifier.create(
                        JwtConfig.builder().publicKeyPem(TestTokens.pem(TestTokens.ecKeys("secp384r1").getPublic())).build()))
                .hasMessage("jwt.publicKeyPem: an EC key must be on curve P-256 (ES256)");
        assertThat(JwtConfig.builder().hmacSecret("secret").build().toString()).doesNotContain("secret");
    }
}
