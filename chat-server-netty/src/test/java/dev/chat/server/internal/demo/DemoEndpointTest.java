package dev.chat.server.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import dev.chat.server.http.RequestHeaders;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo endpoint: its files, the sample users, and tokens only for them. */
class DemoEndpointTest {
    final DemoEndpoint demo = new DemoEndpoint(user -> "token-of-" + user, List.of("456", "789"));

    HttpResponse get(String path, Map<String, List<String>> query) {
        return get("GET", path, query);
    }

    HttpResponse get(String method, String path, Map<String, List<String>> query) {
        return demo.handle(new HttpRequest(method, path, query, RequestHeaders.EMPTY, new byte[0],
                new InetSocketAddress("127.0.0.1", 40000))).toCompletableFuture().join();
    }

    static String body(HttpResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesThePageItsAssetsAndTheOfficialClientBundle() {
        assertThat(get("/demo", Map.of()).status()).isEqualTo(302);
        assertThat(get("/demo", Map.of()).headers()).containsEntry("Location", "/demo/");
        HttpResponse page = get("/demo/", Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers()).containsEntry("Content-Type", "text/html; charset=utf-8");
        assertThat(body(page)).contains("<script src=\"socket.io.min.js\"></script>");
        assertThat(get("/demo/demo.js", Map.of()).headers()).containsEntry("Content-Type", "text/javascript; charset=utf-8");
        assertThat(get("/demo/demo.css", Map.of()).status()).isEqualTo(200);
        HttpResponse bundle = get("/demo/socket.io.min.js", Map.of());
        assertThat(bundle.status()).as("the socket.io-client bundle copied from npm at build time").isEqualTo(200);
        assertThat(body(bundle)).contains("Socket.IO");
    }

    @Test
    void mintsTokensForSampleUsersOnly() {
        assertThat(body(get("/demo/users", Map.of()))).isEqualTo("{\"users\":[\"456\",\"789\"]}");
        assertThat(body(get("/demo/token", Map.of("user", List.of("456")))))
                .isEqualTo("{\"userId\":\"456\",\"token\":\"token-of-456\"}");
        HttpResponse refused = get("/demo/token", Map.of("user", List.of("1")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(body(refused)).isEqualTo(
                "{\"error\":{\"code\":\"invalid_argument\",\"message\":\"user must be one of the sample users [456, 789].\"}}");
        assertThat(get("/demo/token", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void unknownFilesAndOtherMethodsAreRefused() {
        HttpResponse missing = get("/demo/../../etc/passwd", Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(body(missing)).isEqualTo(
                "{\"error\":{\"code\":\"not_found\",\"message\":\"No such demo file: ../../etc/passwd.\"}}");
        HttpResponse post = get("POST", "/demo/token", Map.of());
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.headers()).containsEntry("Allow", "GET, HEAD");
    }
}
