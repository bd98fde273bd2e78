package dev.chat.server.auth;

import java.util.Objects;

/**
 * Why a token was refused.
 *
 * @param code the stable reason
 * @param message the sentence shown to the client; for the built-in codes, {@link AuthErrorCode#message()}
 */
public record AuthError(AuthErrorCode code, String message) {

    /** Validates both fields. */
    public AuthError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The error with the code's standard sentence.
     *
     * @param code the reason
     * @return the error
     */
    public static AuthError of(AuthErrorCode code) {
        return new AuthError(code, code.message());
    }
}
