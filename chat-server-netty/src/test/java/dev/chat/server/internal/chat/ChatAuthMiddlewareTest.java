package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.JwtTokenVerifier;
import dev.chat.server.auth.TestTokens;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.http.RequestHeaders;
import dev.chat.server.socketio.ConnectDecision;
import dev.chat.server.socketio.Handshake;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatAuthMiddlewareTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatAuthMiddleware middleware = new ChatAuthMiddleware(
            JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build()), Runnable::run);

    private static Handshake handshake(String authJson, String authorization) throws Exception {
        JsonNode auth = JSON.readTree(authJson);
        Map<String, List<String>> headers = authorization == null ? Map.of() : Map.of("Authorization", List.of(authorization));
        return new Handshake(auth, RequestHeaders.of(headers), Map.of(), new InetSocketAddress("127.0.0.1", 1), Instant.EPOCH);
    }

    private ConnectDecision decide(ChatAuthMiddleware m, String authJson, String authorization) throws Exception {
        return m.check(handshake(authJson, authorization)).toCompletableFuture().join();
    }

    private ConnectDecision decide(String authJson, String authorization) throws Exception {
        return decide(middleware, authJson, authorization);
    }

    private static ConnectDecision rejected(String message, String code) {
        return ConnectDecision.reject(message, JSON.createObjectNode().put("code", code));
    }

    @Test
    void acceptedSocketsCarryTheirUser() throws Exception {
        ConnectDecision accepted = ConnectDecision.accept(Map.of(ChatAuthMiddleware.USER_KEY, "456"));
        assertThat(decide("{\"token\":\"" + TestTokens.hs256("456") + "\"}", null)).isEqualTo(accepted);
        assertThat(decide("{\"token\":\"Bearer " + TestTokens.hs256("456") + "\"}", null)).isEqualTo(accepted);
        assertThat(decide("{}", "Bearer " + TestTokens.hs256("456"))).isEqualTo(accepted);
    }

    @Test
    void refusalsCarryTheSentenceAndTheCode() throws Exception {
        assertThat(decide("{}", null)).isEqualTo(rejected("Authentication error: no token provided", "TOKEN_MISSING"));
        assertThat(decide("{\"token\":\"x\"}", null)).isEqualTo(rejected("Authentication error: malformed token", "TOKEN_MALFORMED"));
        assertThat(decide("{}", "Basic dXNlcjpwYXNz")).isEqualTo(rejected("Authentication error: no token provided", "TOKEN_MISSING"));
        assertThat(decide("{\"token\":\"" + TestTokens.hs256("other-secret", b -> b.withSubject("1")) + "\"}", null))
                .isEqualTo(rejected("Authentication error: invalid token signature", "SIGNATURE_INVALID"));
    }

    @Test
    void aUserIdTheChatCannotHoldIsRefused() throws Exception {
        ChatAuthMiddleware m = new ChatAuthMiddleware(token -> AuthResult.authenticated("x".repeat(300)), Runnable::run);
        assertThat(decide(m, "{\"token\":\"t\"}", null))
                .isEqualTo(rejected("Authentication error: token does not name a user", "USER_MISSING"));
    }

    @Test
    void aThrowingVerifierIsAnInternalErrorNotACrash() throws Exception {
        TokenVerifier broken = token -> {
            throw new IllegalStateException("key service down");
        };
        ChatAuthMiddleware m = new ChatAuthMiddleware(broken, Runnable::run);
        assertThat(decide(m, "{\"token\":\"t\"}", null)).isEqualTo(rejected("Internal server error", "INTERNAL"));
    }
}
