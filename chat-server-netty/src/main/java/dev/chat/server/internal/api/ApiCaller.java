package dev.chat.server.internal.api;

import dev.chat.core.UserId;
import dev.chat.server.auth.AuthError;
import dev.chat.server.auth.AuthErrorCode;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.internal.chat.BearerToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Who calls the HTTP API: the admin (static token), a user (JWT), or nobody (an {@link ApiError}). */
sealed interface ApiCaller {

    /** The request carried the admin token. */
    record Admin() implements ApiCaller {}

    /** The request carried a valid user token. */
    record User(UserId id) implements ApiCaller {}

    /** The request could not be authenticated. */
    record Anonymous(ApiError error) implements ApiCaller {}

    /**
     * Authenticates a request from its {@code Authorization: Bearer} header.
     *
     * @param request the request
     * @param adminTokenDigest SHA-256 of the admin token, or {@code null} when admin endpoints are off
     * @param verifier the user token verifier
     * @return the caller
     */
    static ApiCaller of(HttpRequest request, byte[] adminTokenDigest, TokenVerifier verifier) {
        Optional<String> token = request.header("authorization").flatMap(BearerToken::fromHeader);
        if (token.isEmpty()) {
            return unauthorized(AuthError.of(AuthErrorCode.TOKEN_MISSING));
        }
        // Constant time: compare digests of equal length, whatever the token's length.
        if (adminTokenDigest != null && MessageDigest.isEqual(adminTokenDigest, sha256(token.get()))) {
            return new Admin();
        }
        AuthResult result = verifier.verify(token.get());
        if (result instanceof AuthResult.Authenticated ok) {
            return UserId.parse(ok.userId())
                    .<ApiCaller>map(User::new)
                    .orElseGet(() -> unauthorized(AuthError.of(AuthErrorCode.USER_MISSING)));
        }
        return unauthorized(((AuthResult.Rejected) result).error());
    }

    private static ApiCaller unauthorized(AuthError error) {
        return new Anonymous(new ApiError(401, error.code().code(), error.message()));
    }

    /** SHA-256 of a token's UTF-8 bytes. */
    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
