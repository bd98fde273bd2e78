package dev.chat.server.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads an X.509 {@code PUBLIC KEY} PEM block into an RSA or EC key. */
final class PemPublicKeys {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private PemPublicKeys() {}

    static PublicKey parse(String pem) {
        String text = pem.strip();
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "jwt.publicKeyPem must be a PEM block starting with " + BEGIN);
        }
        String base64 = text.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jwt.publicKeyPem is not valid base64", e);
        }
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                PublicKey key = KeyFactory.getInstance(algorithm).generatePublic(spec);
                if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
                    throw new IllegalArgumentException("jwt.publicKeyPem: an EC key must be on curve P-256 (ES256)");
                }
                return key;
            } catch (GeneralSecurityException e) {
                // Not this key type; try the next one.
            }
        }
        throw new IllegalArgumentException("jwt.publicKeyPem is neither an RSA nor an EC public key");
    }
}
