package dev.chat.server.socketio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** HTTP long-polling requests with the JDK client, against one Engine.IO path. */
final class Polling {

    private final HttpClient client;
    private final String base;

    Polling(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    URI uri(String query) {
        return URI.create(base + "?" + query);
    }

    HttpResponse<String> get(String query) {
        return getAsync(query).join();
    }

    CompletableFuture<HttpResponse<String>> getAsync(String query) {
        return client.sendAsync(HttpRequest.newBuilder(uri(query)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String query, String body) {
        return client.sendAsync(HttpRequest.newBuilder(uri(query)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return client.sendAsync(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString())
                .join();
    }

    /** Opens a polling session and returns its sid. */
    String open() {
        String body = get("EIO=4&transport=polling").body();
        int start = body.indexOf("\"sid\":\"") + 7;
        return body.substring(start, body.indexOf('"', start));
    }

    String session(String sid) {
        return "EIO=4&transport=polling&sid=" + sid;
    }
}
