package dev.chat.server.auth;

/**
 * Why a client could not be authenticated. Each code has a stable wire form ({@link #code()}) and
 * one exact sentence ({@link #message()}), sent to the client in the Socket.IO
 * {@code connect_error} ({@code {"message": ..., "data": {"code": ...}}}) and in HTTP 401 bodies.
 */
public enum AuthErrorCode {
    /** No token in {@code auth.token} nor in the {@code Authorization} header. */
    TOKEN_MISSING("TOKEN_MISSING", "Authentication error: no token provided"),
    /** The text is not a JSON Web Token at all. */
    TOKEN_MALFORMED("TOKEN_MALFORMED", "Authentication error: malformed token"),
    /** The token's algorithm is not one the server accepts ({@code none} never is). */
    ALGORITHM_REJECTED("ALGORITHM_REJECTED", "Authentication error: token algorithm not accepted"),
    /** The signature does not verify with the configured key. */
    SIGNATURE_INVALID("SIGNATURE_INVALID", "Authentication error: invalid token signature"),
    /** The {@code exp} claim is in the past (beyond the leeway). */
    TOKEN_EXPIRED("TOKEN_EXPIRED", "Authentication error: token expired"),
    /** The {@code nbf} or {@code iat} claim is in the future (beyond the leeway). */
    TOKEN_NOT_YET_VALID("TOKEN_NOT_YET_VALID", "Authentication error: token not yet valid"),
    /** The {@code iss} or {@code aud} claim does not match the configuration. */
    CLAIM_MISMATCH("CLAIM_MISMATCH", "Authentication error: token issuer or audience not accepted"),
    /** The token has no usable user id claim. */
    USER_MISSING("USER_MISSING", "Authentication error: token does not name a user"),
    /** The static admin token was expected and this is not it. */
    NOT_ADMIN("NOT_ADMIN", "Authentication error: admin token required");

    private final String code;
    private final String message;

    AuthErrorCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /**
     * The stable wire code, such as {@code "TOKEN_EXPIRED"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The exact sentence sent to clients for this code.
     *
     * @return the sentence
     */
    public String message() {
        return message;
    }
}
