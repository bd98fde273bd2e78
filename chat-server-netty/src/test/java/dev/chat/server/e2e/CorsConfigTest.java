package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CHAT_CORS_ORIGINS reaches the host: browsers from listed origins may poll, others are refused. */
class CorsConfigTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChatServer server;
    private int port;

    @BeforeEach
    void start() {
        server = ChatServer.builder(ChatServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .jwt(JwtConfig.builder().hmacSecret("cors-test-secret").build())
                        .corsOrigins(List.of("https://app.example"))
                        .build())
                .build();
        port = server.start().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> handshake(String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=polling"))
                .timeout(Duration.ofSeconds(5));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    @Test
    void listedOriginIsAllowed() throws Exception {
        HttpResponse<String> response = handshake("https://app.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
        assertThat(response.body()).startsWith("0{\"sid\":");
    }

    @Test
    void otherOriginsAreRefused() throws Exception {
        HttpResponse<String> response = handshake("https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void nonBrowserClientsWithoutOriginAreServed() throws Exception {
        assertThat(handshake(null).statusCode()).isEqualTo(200);
    }
}
