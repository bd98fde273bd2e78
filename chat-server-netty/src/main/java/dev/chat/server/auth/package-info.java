/**
 * Authentication of Socket.IO handshakes and HTTP API calls.
 *
 * <p>{@link dev.chat.server.auth.TokenVerifier} is the one seam: it turns a bearer token into an
 * {@link dev.chat.server.auth.AuthResult}, either the authenticated user id or an
 * {@link dev.chat.server.auth.AuthError} with a stable code and an exact sentence. The built-in
 * implementation, {@link dev.chat.server.auth.JwtTokenVerifier}, verifies JSON Web Tokens signed
 * with HS256 (shared secret), RS256 or ES256 (PEM public key), configured by
 * {@link dev.chat.server.auth.JwtConfig}. Embedders may supply their own verifier instead.
 */
package dev.chat.server.auth;
