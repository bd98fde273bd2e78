package dev.chat.server.internal.engine;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, URL-safe, 20-character ids (15 random bytes), as engine.io's base64id. */
public final class SessionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SessionIds() {
    }

    /** @return a new id */
    public static String next() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
