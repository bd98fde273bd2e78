package dev.chat.server.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** HTTP long-polling requests with the JDK client, against one Engine.IO path. */
public final class Polling {

    private final HttpClient client;
    private final String base;

    /** @param base the Engine.IO path as a URL, e.g. {@code http://127.0.0.1:8080/engine.io/} */
    public Polling(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    /** @return the path with {@code query} */
    public URI uri(String query) {
        return URI.create(base + "?" + query);
    }

    /** GETs the path with {@code query} (5 s timeout). */
    public HttpResponse<String> get(String query) {
        return getAsync(query).join();
    }

    /** Starts a GET, for a long poll a test answers with another request. */
    public CompletableFuture<HttpResponse<String>> getAsync(String query) {
        return client.sendAsync(HttpRequest.newBuilder(uri(query)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code body} as UTF-8 text. */
    public HttpResponse<String> post(String query, String body) {
        return client.sendAsync(HttpRequest.newBuilder(uri(query)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    /** Sends a request a test built itself, with the same timeout. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return client.sendAsync(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString())
                .join();
    }

    /** Opens a polling session and returns its sid. */
    public String open() {
        String body = get("EIO=4&transport=polling").body();
        int start = body.indexOf("\"sid\":\"") + 7;
        return body.substring(start, body.indexOf('"', start));
    }

    /** @return the query of polling requests in session {@code sid} */
    public String session(String sid) {
        return "EIO=4&transport=polling&sid=" + sid;
    }
}
