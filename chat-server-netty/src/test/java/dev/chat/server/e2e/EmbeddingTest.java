package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.core.Conversation;
import dev.chat.core.PublishNotification;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.AuthErrorCode;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.http.HttpResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedding API as a host application uses it: its own token verifier, store, policy, HTTP
 * endpoint and Socket.IO namespace, and direct calls to the chat service that reach clients.
 */
class EmbeddingTest {

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChatServer server;
    private int port;

    @BeforeEach
    void start() {
        server = ChatServer.builder(ChatServerConfig.builder().host("127.0.0.1").port(0).build())
                .tokenVerifier(token -> token.startsWith("user-")
                        ? AuthResult.authenticated(token.substring("user-".length()))
                        : AuthResult.rejected(AuthErrorCode.SIGNATURE_INVALID))
                .store(store)
                .policy(new ConversationPolicy() {
                    @Override
                    public boolean mayOpen(UserId opener, UserId other) {
                        return !other.value().equals("blocked");
                    }
                })
                .endpoint("/hello/", request -> CompletableFuture.completedFuture(
                        HttpResponse.json(200, "{\"hello\":\"" + request.path() + "\"}")))
                .socketIo(io -> io.of("/echo").onConnection(socket -> socket.on("echo",
                        (s, args, ack) -> ack.ifPresent(a -> a.ack(args.toArray(new com.fasterxml.jackson.databind.JsonNode[0]))))))
                .build();
        port = server.start().getPort();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private java.net.http.HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private java.net.http.HttpResponse<String> post(String path, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), BodyHandlers.ofString());
    }

    @Test
    void hostAppEndpointAndHealthShareThePort() throws Exception {
        assertThat(get("/health", null).body()).isEqualTo("{\"status\":\"ok\"}");
        var hello = get("/hello/world", null);
        assertThat(hello.statusCode()).isEqualTo(200);
        assertThat(hello.body()).isEqualTo("{\"hello\":\"/hello/world\"}");
    }

    @Test
    void customVerifierAndPolicyGuardTheHttpApi() throws Exception {
        var created = post("/api/conversations", "user-alice", "{\"withUserId\":\"bob\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"participants\":[\"alice\",\"bob\"]");
        var blocked = post("/api/conversations", "user-alice", "{\"withUserId\":\"blocked\"}");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("\"code\":\"FORBIDDEN\"");
        var refused = get("/api/conversations", "not-a-user");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(
                "{\"error\":{\"code\":\"SIGNATURE_INVALID\",\"message\":\"Authentication error: invalid token signature\"}}");
    }

    @Test
    void directServiceCallsReachStoreAndClients() throws Exception {
        Conversation conversation = server.chat().openConversation(UserId.of("alice"), UserId.of("bob")).orElseThrow();
        assertThat(store.findConversation(conversation.id())).contains(conversation);
        assertThat(get("/api/conversations", "user-bob").body()).contains("\"id\":" + conversation.id());

        try (RawEngineSocket bob = RawEngineSocket.open(port, "/socket.io/")) {
            assertThat(bob.next()).startsWith("0{\"sid\":");
            bob.send("40{\"token\":\"user-bob\"}");
            // The connection handlers (which put bob in his user room) have run when CONNECT arrives.
            assertThat(bob.next()).startsWith("40{\"sid\":");
            server.chat().publishNotification(new PublishNotification(UserId.of("bob"), "Payment received", "$100", "payment"))
                    .orElseThrow();
            assertThat(bob.next()).matches("42\\[\"new_notification\",\\{\"id\":\\d+,\"user_id\":\"bob\","
                    + "\"title\":\"Payment received\",\"message\":\"\\$100\",\"type\":\"payment\","
                    + "\"created_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"}]");
        }
    }

    @Test
    void hostAppNamespaceLivesBesideTheChat() throws Exception {
        try (RawEngineSocket client = RawEngineSocket.open(port, "/socket.io/")) {
            assertThat(client.next()).startsWith("0{");
            client.send("40/echo,");
            assertThat(client.next()).startsWith("40/echo,{\"sid\":");
            client.send("42/echo,7[\"echo\",\"hi\",{\"n\":1}]");
            assertThat(client.next()).isEqualTo("43/echo,7[\"hi\",{\"n\":1}]");
            // The chat namespace still requires a token.
            client.send("40");
            assertThat(client.next()).isEqualTo(
                    "44{\"message\":\"Authentication error: no token provided\",\"data\":{\"code\":\"TOKEN_MISSING\"}}");
        }
    }

    @Test
    void lifecycleIsStartOnceThenStop() {
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        server.stop();
        server.stop();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServerWithoutAnyVerifierIsRefusedAtBuild() {
        assertThatThrownBy(() -> ChatServer.builder(ChatServerConfig.builder().build()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jwt: set ChatServerConfig.jwt (CHAT_JWT_SECRET or CHAT_JWT_PUBLIC_KEY) or a tokenVerifier");
    }
}
