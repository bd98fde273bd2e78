package dev.chat.server.socketio;

import java.util.concurrent.CompletionStage;

/**
 * Decides whether a client may connect to a namespace (authentication, for instance). Middlewares run
 * in registration order; the first rejection wins, and accepted data is merged in order. A stage that
 * completes exceptionally rejects with {@code "Internal server error"} and is logged at ERROR. If no
 * decision arrives before the connect timeout, the Engine.IO session is closed.
 */
@FunctionalInterface
public interface ConnectMiddleware {

    /**
     * Checks a connection attempt. Called on the session's event loop: do blocking work elsewhere
     * and complete the stage from there.
     *
     * @param handshake what the client presented
     * @return the decision, when known
     */
    CompletionStage<ConnectDecision> check(Handshake handshake);
}
