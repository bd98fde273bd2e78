package dev.chat.server.auth;

import java.util.Objects;

/** The outcome of {@link TokenVerifier#verify}: an authenticated user id, or a rejection. */
public sealed interface AuthResult {

    /**
     * The token is valid and names this user.
     *
     * @param userId the user id taken from the token, never blank (numeric ids stay in their
     *     decimal string form, such as {@code "456"})
     */
    record Authenticated(String userId) implements AuthResult {
        /** Validates the user id. */
        public Authenticated {
            Objects.requireNonNull(userId, "userId");
            if (userId.isBlank()) {
                throw new IllegalArgumentException("userId must not be blank");
            }
        }
    }

    /**
     * The token was refused.
     *
     * @param error why, with a stable code and a sentence safe to show to the client
     */
    record Rejected(AuthError error) implements AuthResult {
        /** Validates the error. */
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Shorthand for an {@link Authenticated} result.
     *
     * @param userId the authenticated user id
     * @return the result
     */
    static AuthResult authenticated(String userId) {
        return new Authenticated(userId);
    }

    /**
     * Shorthand for a {@link Rejected} result with the code's standard sentence.
     *
     * @param code why the token was refused
     * @return the result
     */
    static AuthResult rejected(AuthErrorCode code) {
        return new Rejected(AuthError.of(code));
    }
}
