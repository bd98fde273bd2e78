package dev.chat.server.internal.api;

import dev.chat.server.http.HttpEndpoint;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@code GET /health}: {@code 200 {"status":"ok"}} while the server runs. */
public final class HealthEndpoint implements HttpEndpoint {

    @Override
    public CompletionStage<HttpResponse> handle(HttpRequest request) {
        if (!request.path().equals("/health") && !request.path().equals("/health/")) {
            return CompletableFuture.completedFuture(ApiError.NOT_FOUND.response());
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return CompletableFuture.completedFuture(ApiError.METHOD_NOT_ALLOWED.response());
        }
        return CompletableFuture.completedFuture(HttpResponse.json(200, "{\"status\":\"ok\"}"));
    }
}
