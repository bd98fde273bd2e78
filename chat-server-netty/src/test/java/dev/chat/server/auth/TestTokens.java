package dev.chat.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.function.UnaryOperator;

/** Mints tokens and keys for tests. */
public final class TestTokens {

    /** The HS256 secret the tests configure. */
    public static final String SECRET = "test-secret-0123456789-0123456789-abcdef";

    private TestTokens() {}

    /** An HS256 token with {@code sub} = user, valid for an hour from now. */
    public static String hs256(String user) {
        return hs256(SECRET, b -> b.withSubject(user).withExpiresAt(Instant.now().plusSeconds(3600)));
    }

    /** An HS256 token with the given secret and claims. */
    public static String hs256(String secret, UnaryOperator<JWTCreator.Builder> claims) {
        return claims.apply(JWT.create()).sign(Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** An RS256 token signed with the key pair's private key. */
    public static String rs256(KeyPair keys, UnaryOperator<JWTCreator.Builder> claims) {
        return claims.apply(JWT.create())
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    /** An ES256 token signed with the key pair's private key. */
    public static String es256(KeyPair keys, UnaryOperator<JWTCreator.Builder> claims) {
        return claims.apply(JWT.create())
                .sign(Algorithm.ECDSA256((ECPublicKey) keys.getPublic(), (ECPrivateKey) keys.getPrivate()));
    }

    /** An unsigned token: header {@code {"alg":"none"}}, the given JSON payload and an empty signature. */
    public static String algNone(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh EC P-256 key pair. */
    public static KeyPair ecKeys() {
        return ecKeys("secp256r1");
    }

    /** A fresh EC key pair on the named curve. */
    public static KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as an X.509 PEM block. */
    public static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
