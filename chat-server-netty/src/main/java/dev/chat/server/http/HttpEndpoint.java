package dev.chat.server.http;

import java.util.concurrent.CompletionStage;

/**
 * An application route on the host, registered for a path prefix.
 *
 * <p>The host calls {@link #handle} on its blocking executor (never on a Netty event loop), so an
 * endpoint may block. A stage completed exceptionally, or an exception thrown by {@code handle},
 * becomes a 500 response with {@code {"error":{"code":"INTERNAL_ERROR","message":"Internal server error."}}}
 * and is logged at ERROR.
 */
@FunctionalInterface
public interface HttpEndpoint {

    /**
     * Answers one request.
     *
     * @param request the fully read request
     * @return the response, when ready
     */
    CompletionStage<HttpResponse> handle(HttpRequest request);
}
