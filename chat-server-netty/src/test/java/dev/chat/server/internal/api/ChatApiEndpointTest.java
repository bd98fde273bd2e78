package dev.chat.server.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.ChatEvent;
import dev.chat.core.ChatService;
import dev.chat.core.MutableClock;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.RecordingChatEventSink;
import dev.chat.core.port.StoreUnavailableException;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.JwtTokenVerifier;
import dev.chat.server.auth.TestTokens;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import dev.chat.server.http.RequestHeaders;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The HTTP API as values: exact status codes and bodies, no network. */
class ChatApiEndpointTest {

    private static final String ADMIN = "admin-token-0123456789abcdef";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingChatEventSink sink = new RecordingChatEventSink();
    private final InMemoryChatStore store = new InMemoryChatStore();
    private final ChatService service = ChatService.builder().store(store).sink(sink).clock(clock).build();
    private final ChatApiEndpoint api = endpoint(store);

    private ChatApiEndpoint endpoint(ChatStore store) {
        ChatService service = store == this.store ? this.service
                : ChatService.builder().store(store).sink(sink).clock(clock).build();
        return new ChatApiEndpoint(service,
                JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build()), ADMIN);
    }

    @AfterEach
    void noStrayEvents() {
        sink.assertExhausted();
    }

    private static HttpRequest request(String method, String pathAndQuery, String token, String body) {
        String path = pathAndQuery;
        Map<String, List<String>> query = new LinkedHashMap<>();
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], List.of(kv.length > 1 ? kv[1] : ""));
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", List.of("Bearer " + token));
        }
        return new HttpRequest(method, path, query, RequestHeaders.of(headers),
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8),
                new InetSocketAddress("127.0.0.1", 40000));
    }

    private String call(String method, String path, String token, String body) {
        return call(api, method, path, token, body);
    }

    private static String call(ChatApiEndpoint api, String method, String path, String token, String body) {
        HttpResponse response = api.handle(request(method, path, token, body)).toCompletableFuture().join();
        assertThat(response.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
        return response.status() + " " + new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String user(long id) {
        return TestTokens.hs256(Long.toString(id));
    }

    @Test
    void adminOpensAConversationOnceForThePair() {
        assertThat(call("POST", "/api/conversations", ADMIN, "{\"participants\":[456,789]}")).isEqualTo(
                "201 {\"id\":1,\"participants\":[456,789],\"created_at\":\"2026-01-01T10:00:00.000Z\"}");
        assertThat(call("POST", "/api/conversations", ADMIN, "{\"participants\":[\"789\",456]}")).isEqualTo(
                "200 {\"id\":1,\"participants\":[456,789],\"created_at\":\"2026-01-01T10:00:00.000Z\"}");
        assertThat(call("POST", "/api/conversations", user(789), "{\"withUserId\":456}")).startsWith("200 {\"id\":1,");
    }

    @Test
    void aUserOpeningANewPairGets201AndTheOtherUserThen200() {
        assertThat(call("POST", "/api/conversations", user(1), "{\"withUserId\":\"2\"}")).isEqualTo(
                "201 {\"id\":1,\"participants\":[1,2],\"created_at\":\"2026-01-01T10:00:00.000Z\"}");
        assertThat(call("POST", "/api/conversations", user(2), "{\"withUserId\":1}")).isEqualTo(
                "200 {\"id\":1,\"participants\":[1,2],\"created_at\":\"2026-01-01T10:00:00.000Z\"}");
    }

    @Test
    void ofTwoRacingCreatesOfOnePairOnlyTheCreatorGets201() throws Exception {
        // Both requests pass every check before either reaches the store, so a look-up-first
        // endpoint would answer 201 twice.
        ChatApiEndpoint racing = endpoint(new RendezvousChatStore(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<String> alice = CompletableFuture.supplyAsync(
                    () -> call(racing, "POST", "/api/conversations", user(456), "{\"withUserId\":789}"), pool);
            CompletableFuture<String> bob = CompletableFuture.supplyAsync(
                    () -> call(racing, "POST", "/api/conversations", user(789), "{\"withUserId\":456}"), pool);
            List<String> answers = List.of(alice.get(20, TimeUnit.SECONDS), bob.get(20, TimeUnit.SECONDS));

            String body = " {\"id\":1,\"participants\":[456,789],\"created_at\":\"2026-01-01T10:00:00.000Z\"}";
            String reversed = " {\"id\":1,\"participants\":[789,456],\"created_at\":\"2026-01-01T10:00:00.000Z\"}";
            // The winner's participant order is the stored one, whichever request it was.
            assertThat(answers.stream().sorted().toList()).isIn(
                    List.of("200" + body, "201" + body), List.of("200" + reversed, "201" + reversed));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void conversationRefusalsHaveExactBodies() {
        assertThat(call("POST", "/api/conversations", null, "{}")).isEqualTo(
                "401 {\"error\":{\"code\":\"TOKEN_MISSING\",\"message\":\"Authentication error: no token provided\"}}");
        assertThat(call("POST", "/api/conversations", user(1), "{\"participants\":[1,2]}")).isEqualTo(
                "403 {\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"Only the admin token may create a conversation "
                        + "with \\\"participants\\\"; use {\\\"withUserId\\\": id}\"}}");
        assertThat(call("POST", "/api/conversations", user(1), "{not json")).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_JSON\",\"message\":\"The request body is not valid JSON\"}}");
        assertThat(call("POST", "/api/conversations", user(1), "[1]")).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_PAYLOAD\",\"message\":\"The request body must be a JSON object\"}}");
        assertThat(call("POST", "/api/conversations", user(1), "{\"withUserId\":true}")).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_PAYLOAD\",\"message\":\"withUserId must hold user ids (numbers or non-blank strings)\"}}");
        assertThat(call("POST", "/api/conversations", ADMIN, "{\"participants\":[1,2,3]}")).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_PAYLOAD\",\"message\":\"The admin token creates conversations with "
                        + "{\\\"participants\\\": [userId, userId]}\"}}");
        assertThat(call("POST", "/api/conversations", user(1), "{\"withUserId\":1}")).startsWith(
                "400 {\"error\":{\"code\":\"INVALID_ARGUMENT\",");
        assertThat(call("PUT", "/api/conversations", user(1), "{}")).isEqualTo(
                "405 {\"error\":{\"code\":\"METHOD_NOT_ALLOWED\",\"message\":\"This endpoint does not support that method\"}}");
        assertThat(call("GET", "/api/elsewhere", user(1), null)).isEqualTo(
                "404 {\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such API endpoint\"}}");
    }

    @Test
    void listAndHistoryAreTheUsers() {
        long id = service.openConversation(UserId.of(1), UserId.of(2)).orElseThrow().id();
        sink.drain();
        assertThat(call("GET", "/api/conversations", user(3), null)).isEqualTo("200 []");
        assertThat(call("GET", "/api/conversations", user(2), null)).isEqualTo("200 [{\"id\":" + id
                + ",\"participants\":[1,2],\"created_at\":\"2026-01-01T10:00:00.000Z\",\"last_message\":null,\"unread_count\":0}]");
        assertThat(call("GET", "/api/conversations/" + id + "/messages", user(1), null)).isEqualTo("200 []");
        assertThat(call("GET", "/api/conversations/" + id + "/messages", user(3), null)).startsWith(
                "403 {\"error\":{\"code\":\"NOT_PARTICIPANT\",");
        assertThat(call("GET", "/api/conversations/999/messages", user(1), null)).startsWith(
                "404 {\"error\":{\"code\":\"CONVERSATION_NOT_FOUND\",");
        assertThat(call("GET", "/api/conversations/" + id + "/messages?before=x", user(1), null)).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"before must be a positive integer\"}}");
        assertThat(call("GET", "/api/conversations/" + id + "/messages", ADMIN, null)).isEqualTo(
                "403 {\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"This endpoint requires a user token\"}}");
        assertThat(call("GET", "/api/conversations/0/messages", user(1), null)).startsWith("404 ");
    }

    @Test
    void notificationsArePublishedByTheAdminAndListedByTheUser() {
        String body = "{\"user_id\":789,\"title\":\"Project Update\",\"message\":\"You have been assigned\",\"type\":\"project_assigned\"}";
        String stored = "{\"id\":1,\"user_id\":789,\"title\":\"Project Update\",\"message\":\"You have been assigned\","
                + "\"type\":\"project_assigned\",\"created_at\":\"2026-01-01T10:00:00.000Z\"}";
        assertThat(call("POST", "/api/notifications", ADMIN, body)).isEqualTo("201 " + stored);
        assertThat(sink.assertNextEvent(ChatEvent.NewNotification.class).notification().userId()).isEqualTo(UserId.of(789));
        assertThat(call("GET", "/api/notifications", user(789), null)).isEqualTo("200 [" + stored + "]");
        assertThat(call("GET", "/api/notifications", user(1), null)).isEqualTo("200 []");
        assertThat(call("POST", "/api/notifications", user(789), body)).isEqualTo(
                "403 {\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"This endpoint requires the admin token\"}}");
        assertThat(call("POST", "/api/notifications", ADMIN, "{\"user_id\":789}")).startsWith(
                "400 {\"error\":{\"code\":\"INVALID_PAYLOAD\",");
        assertThat(call("GET", "/api/notifications?limit=201", user(789), null)).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"limit must be between 1 and 200.\"}}");
        assertThat(call("GET", "/api/notifications?before=0", user(789), null)).isEqualTo(
                "400 {\"error\":{\"code\":\"INVALID_ARGUMENT\",\"message\":\"before must be a positive integer\"}}");
        assertThat(call("GET", "/api/notifications", ADMIN, null)).isEqualTo(
                "403 {\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"This endpoint requires a user token\"}}");
    }

    @Test
    void notificationsPageBackWithBeforeAndLimit() {
        for (int i = 1; i <= 5; i++) {
            assertThat(call("POST", "/api/notifications", ADMIN, "{\"user_id\":\"7\",\"title\":\"t" + i
                    + "\",\"message\":\"m\",\"type\":\"k\"}")).startsWith("201 ");
            sink.assertNextEvent(ChatEvent.NewNotification.class);
        }

        assertThat(ids(call("GET", "/api/notifications?limit=2", user(7), null))).isEqualTo("200 [4, 5]");
        assertThat(ids(call("GET", "/api/notifications?before=4&limit=2", user(7), null))).isEqualTo("200 [2, 3]");
        assertThat(ids(call("GET", "/api/notifications?before=2", user(7), null))).isEqualTo("200 [1]");
        assertThat(ids(call("GET", "/api/notifications?before=1", user(7), null))).isEqualTo("200 []");
    }

    /** The status and the notification ids of a listing. */
    private static String ids(String answer) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),").matcher(answer);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return answer.substring(0, 3) + " " + ids;
    }

    @Test
    void aWrongAdminTokenOfAnyLengthIsJustAnInvalidToken() {
        assertThat(call("POST", "/api/notifications", ADMIN + "x", "{}")).startsWith("401 {\"error\":{\"code\":\"TOKEN_MALFORMED\",");
        assertThat(call("POST", "/api/notifications", "a", "{}")).startsWith("401 ");
    }

    @Test
    void withoutAnAdminTokenConfiguredAdminCallsAreRefused() {
        ChatApiEndpoint noAdmin = new ChatApiEndpoint(service,
                JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build()), null);
        HttpResponse response = noAdmin.handle(request("POST", "/api/notifications", ADMIN, "{}")).toCompletableFuture().join();
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void aFailingStoreIsA503AndNothingEscapes() {
        ChatStore failing = Mockito.mock(ChatStore.class, invocation -> {
            throw new StoreUnavailableException("database down");
        });
        ChatApiEndpoint broken = endpoint(failing);
        HttpResponse response = broken.handle(request("GET", "/api/notifications", user(1), null)).toCompletableFuture().join();
        assertThat(response.status() + " " + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(
                "503 {\"error\":{\"code\":\"STORE_UNAVAILABLE\",\"message\":\"The chat store is unavailable; try again later.\"}}");
        response = broken.handle(request("GET", "/api/conversations", user(1), null)).toCompletableFuture().join();
        assertThat(response.status()).isEqualTo(503);
    }
}
