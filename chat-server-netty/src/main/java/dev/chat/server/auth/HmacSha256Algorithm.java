package dev.chat.server.auth;

import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureGenerationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 as java-jwt's {@code Algorithm.HMAC256} checks it (same name, same signing input, same
 * exceptions), with one keyed {@link Mac} per thread: java-jwt looks up the JCA provider, builds a
 * key and a {@code Mac} for every token, which is most of what a verification allocates apart from
 * parsing, and every Socket.IO CONNECT verifies one.
 */
final class HmacSha256Algorithm extends Algorithm {

    private static final String JCA_NAME = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    HmacSha256Algorithm(byte[] secret) {
        super("HS256", JCA_NAME);
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), JCA_NAME);
    }

    @Override
    public void verify(DecodedJWT jwt) throws SignatureVerificationException {
        try {
            byte[] signature = Base64.getUrlDecoder().decode(jwt.getSignature());
            byte[] expected = sign(jwt.getHeader().getBytes(StandardCharsets.UTF_8),
                    jwt.getPayload().getBytes(StandardCharsets.UTF_8), true);
            if (!MessageDigest.isEqual(expected, signature)) {
                throw new SignatureVerificationException(this);
            }
        } catch (IllegalStateException | IllegalArgumentException | GeneralSecurityException e) {
            throw new SignatureVerificationException(this, e);
        }
    }

    @Override
    public byte[] sign(byte[] headerBytes, byte[] payloadBytes) throws SignatureGenerationException {
        try {
            return sign(headerBytes, payloadBytes, true);
        } catch (IllegalStateException | GeneralSecurityException e) {
            throw new SignatureGenerationException(this, e);
        }
    }

    @Override
    public byte[] sign(byte[] contentBytes) throws SignatureGenerationException {
        try {
            return sign(contentBytes, null, false);
        } catch (IllegalStateException | GeneralSecurityException e) {
            throw new SignatureGenerationException(this, e);
        }
    }

    /** The MAC of {@code first} (then {@code '.'} and {@code second} when {@code joined}). */
    private byte[] sign(byte[] first, byte[] second, boolean joined) throws GeneralSecurityException {
        Mac mac = macs.get();
        if (mac == null) {
            mac = Mac.getInstance(JCA_NAME);
            mac.init(key);
            macs.set(mac);
        }
        try {
            mac.update(first);
            if (joined) {
                mac.update((byte) '.');
                mac.update(second);
            }
            return mac.doFinal(); // and the Mac is reset for the next token
        } catch (RuntimeException e) {
            mac.reset();
            throw e;
        }
    }
}
