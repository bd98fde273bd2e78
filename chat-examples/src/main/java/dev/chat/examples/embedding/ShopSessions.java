package dev.chat.examples.embedding;

import dev.chat.server.auth.AuthErrorCode;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.TokenVerifier;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop's own login sessions, and the chat's {@link TokenVerifier}: a session token names the user,
 * whose id is the shop's own (such as {@code customer-42}, not a number). The chat calls
 * {@link #verify(String)} at every Socket.IO connection and HTTP API call.
 */
public final class ShopSessions implements TokenVerifier {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> userByToken = new ConcurrentHashMap<>();

    /** Logs {@code userId} in and returns a new session token. */
    public String login(String userId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "shop_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        userByToken.put(token, userId);
        return token;
    }

    /** Ends a session: the token no longer connects. */
    public void logout(String token) {
        userByToken.remove(token);
    }

    @Override
    public AuthResult verify(String token) {
        if (token == null || token.isBlank()) {
            return AuthResult.rejected(AuthErrorCode.TOKEN_MISSING);
        }
        String user = userByToken.get(token);
        return user == null ? AuthResult.rejected(AuthErrorCode.SIGNATURE_INVALID) : AuthResult.authenticated(user);
    }
}
