package dev.chat.server.internal.chat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.chat.core.UserId;
import dev.chat.server.auth.AuthError;
import dev.chat.server.auth.AuthErrorCode;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.socketio.ConnectDecision;
import dev.chat.server.socketio.ConnectMiddleware;
import dev.chat.server.socketio.Handshake;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates a Socket.IO CONNECT with the {@link TokenVerifier}: accepted sockets carry their
 * user id under {@link #USER_KEY}; refused ones get CONNECT_ERROR
 * {@code {"message": <sentence>, "data": {"code": <code>}}}, which the client sees as
 * {@code connect_error}. The verifier runs on the blocking executor (a custom one may do I/O).
 */
final class ChatAuthMiddleware implements ConnectMiddleware {

    /** The socket data key holding the authenticated user id (a String). */
    static final String USER_KEY = "chat.userId";
    static final String INTERNAL_MESSAGE = "Internal server error";

    private static final Logger LOG = LoggerFactory.getLogger(ChatAuthMiddleware.class);

    private final TokenVerifier verifier;
    private final Executor executor;

    ChatAuthMiddleware(TokenVerifier verifier, Executor executor) {
        this.verifier = verifier;
        this.executor = executor;
    }

    @Override
    public CompletionStage<ConnectDecision> check(Handshake handshake) {
        Optional<String> token = BearerToken.fromHandshake(handshake.auth(), handshake.headers().first("authorization"));
        if (token.isEmpty()) {
            return CompletableFuture.completedFuture(refuse(handshake, AuthError.of(AuthErrorCode.TOKEN_MISSING)));
        }
        return CompletableFuture.supplyAsync(() -> decide(handshake, token.get()), executor);
    }

    private ConnectDecision decide(Handshake handshake, String token) {
        AuthResult result;
        try {
            result = verifier.verify(token);
        } catch (RuntimeException e) {
            LOG.error("Token verifier failed for a connection from {}", handshake.remote(), e);
            return ConnectDecision.reject(INTERNAL_MESSAGE, JsonNodeFactory.instance.objectNode().put("code", "INTERNAL"));
        }
        if (result instanceof AuthResult.Authenticated ok) {
            Optional<UserId> user = UserId.parse(ok.userId());
            if (user.isPresent()) {
                return ConnectDecision.accept(Map.of(USER_KEY, user.get().value()));
            }
            return refuse(handshake, AuthError.of(AuthErrorCode.USER_MISSING));
        }
        return refuse(handshake, ((AuthResult.Rejected) result).error());
    }

    private static ConnectDecision refuse(Handshake handshake, AuthError error) {
        LOG.debug("Refused connection from {}: {}", handshake.remote(), error.code().code());
        return ConnectDecision.reject(error.message(),
                JsonNodeFactory.instance.objectNode().put("code", error.code().code()));
    }
}
