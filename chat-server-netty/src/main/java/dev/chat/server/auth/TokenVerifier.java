package dev.chat.server.auth;

/**
 * Turns a bearer token into the id of the user it authenticates.
 *
 * <p>Implementations must be thread-safe: the server calls {@link #verify} from several threads at
 * once, for Socket.IO handshakes and HTTP API requests. They must not throw for bad tokens; a token
 * that cannot be trusted is an {@link AuthResult.Rejected} value. A thrown exception is treated as a
 * server fault: the client is refused and the exception is logged at ERROR.
 */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * Verifies one token.
     *
     * @param token the raw token, without any {@code "Bearer "} prefix; never {@code null}
     * @return the authenticated user, or the reason the token was refused
     */
    AuthResult verify(String token);
}
