package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.internal.engine.EngineAccess;
import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpRouterHandlerTest {

    private final List<HttpRequest> seen = new ArrayList<>();
    private final EngineIoServer engine = EngineIoServer.create(EngineConfig.builder()
            .allowedOrigins(List.of("https://app.example")).build())
            .onConnection(socket -> socket.onMessage(socket::send));
    private final HostRoutes routes = new HostRoutes(
            List.of(new EngineMount("/engine.io/", EngineAccess.sessions(engine))),
            List.of(
                    new EndpointMount("/api/", r -> {
                        seen.add(r);
                        return CompletableFuture.completedFuture(HttpResponse.json(200, "{\"api\":true}"));
                    }),
                    new EndpointMount("/api/special", r -> CompletableFuture.completedFuture(
                            HttpResponse.text(201, "special").withHeader("X-Extra", "1"))),
                    new EndpointMount("/boom", r -> {
                        throw new IllegalStateException("endpoint bug");
                    }),
                    new EndpointMount("/failed", r -> CompletableFuture.failedFuture(new IllegalStateException("db down")))),
            Runnable::run,
            1_000_000);
    private final EmbeddedChannel channel = new EmbeddedChannel(new HostInitializer(routes));

    @AfterEach
    void finish() {
        EngineAccess.sessions(engine).closeAll("test over");
        channel.runPendingTasks();
        RawHttp.reply(channel);
        assertFalse(channel.finish());
    }

    @Test
    void unknownPathsGet404Json() {
        RawHttp.request(channel, "GET", "/nowhere", "");

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEqualTo("{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Not found.\"}}");
    }

    @Test
    void theLongestMatchingPrefixWinsAndGetsTheWholeRequest() {
        RawHttp.request(channel, "POST", "/api/special?x=1", "{}", "Authorization: Bearer t");
        RawHttp.Reply special = RawHttp.reply(channel);
        assertThat(special.status()).isEqualTo(201);
        assertThat(special.body()).isEqualTo("special");
        assertThat(special.header("X-Extra")).isEqualTo("1");

        RawHttp.request(channel, "POST", "/api/conversations?limit=5&limit=6", "{\"a\":1}", "authorization: Bearer t");
        RawHttp.Reply api = RawHttp.reply(channel);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("content-type")).isEqualTo("application/json; charset=utf-8");
        HttpRequest request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/conversations");
        assertThat(request.query().get("limit")).containsExactly("5", "6");
        assertThat(request.header("AUTHORIZATION")).hasValue("Bearer t");
        assertThat(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aPrefixMatchesOnlyAtASegmentBoundary() {
        RawHttp.request(channel, "GET", "/api/specialized", "");

        assertThat(RawHttp.reply(channel).body()).isEqualTo("{\"api\":true}");
    }

    @Test
    void endpointFailuresBecome500() {
        RawHttp.request(channel, "GET", "/boom", "");
        RawHttp.Reply thrown = RawHttp.reply(channel);
        RawHttp.request(channel, "GET", "/failed", "");
        RawHttp.Reply failed = RawHttp.reply(channel);

        String internal = "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal server error.\"}}";
        assertThat(thrown.status()).isEqualTo(500);
        assertThat(thrown.body()).isEqualTo(internal);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo(internal);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "GET  | /engine.io/?transport=polling              | 400 | {\"code\":5,\"message\":\"Unsupported protocol version\"}",
        "GET  | /engine.io/?EIO=4&transport=flying         | 400 | {\"code\":0,\"message\":\"Transport unknown\"}",
        "POST | /engine.io/?EIO=4&transport=polling        | 400 | {\"code\":2,\"message\":\"Bad handshake method\"}",
        "GET  | /engine.io/?EIO=4&transport=polling&sid=x  | 400 | {\"code\":1,\"message\":\"Session ID unknown\"}",
        "GET  | /engine.io?EIO=4&transport=websocket       | 400 | {\"code\":3,\"message\":\"Bad request\"}",
    })
    void engineIoErrors(String method, String uri, int status, String body) {
        RawHttp.request(channel, method, uri, "");

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.body()).isEqualTo(body);
    }

    @Test
    void aForeignOriginIsForbidden() {
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=polling", "", "Origin: https://evil.example");

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo("{\"code\":4,\"message\":\"Forbidden\"}");
        assertThat(reply.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void preflightAnswersAllowedOriginsOnly() {
        RawHttp.request(channel, "OPTIONS", "/engine.io/?EIO=4&transport=polling", "",
                "Origin: https://app.example", "Access-Control-Request-Headers: content-type");
        RawHttp.Reply allowed = RawHttp.reply(channel);
        RawHttp.request(channel, "OPTIONS", "/engine.io/?EIO=4&transport=polling", "", "Origin: https://evil.example");
        RawHttp.Reply refused = RawHttp.reply(channel);

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        assertThat(allowed.header("Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aWebSocketUpgradeWithoutItsKeyIsRefused() {
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=websocket", "",
                "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13");

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void anUnsupportedWebSocketVersionIsRefused() {
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=websocket", "",
                "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 5", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==");

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(426);
    }

    @Test
    void garbageInsteadOfHttpGets400AndTheConnectionCloses() {
        channel.writeInbound(io.netty.buffer.Unpooled.copiedBuffer("\u0000\u0001zzz not http\r\n\r\n",
                java.nio.charset.StandardCharsets.ISO_8859_1));

        RawHttp.Reply reply = RawHttp.reply(channel);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(channel.isOpen()).isFalse();
    }

    @Test
    void pollingSessionOnOneKeepAliveConnection() {
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=polling", "", "Origin: https://app.example");
        RawHttp.Reply open = RawHttp.reply(channel);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
        String sid = open.body().substring(open.body().indexOf("\"sid\":\"") + 7, open.body().indexOf("\",\""));

        RawHttp.request(channel, "POST", "/engine.io/?EIO=4&transport=polling&sid=" + sid, "4hi\u001ebAQI=");
        assertThat(RawHttp.reply(channel).body()).isEqualTo("ok");
        RawHttp.request(channel, "GET", "/engine.io/?EIO=4&transport=polling&sid=" + sid, "");
        RawHttp.Reply echoed = RawHttp.reply(channel);

        assertThat(echoed.header("content-type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(echoed.body()).isEqualTo("4hi");
    }
}
