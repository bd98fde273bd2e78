package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.http.HttpRequest;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NettyRequestsTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();

    @AfterEach
    void finish() {
        channel.finishAndReleaseAll();
    }

    private HttpRequest engineRequest(String uri, String... namesAndValues) {
        FullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            req.headers().add(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return NettyRequests.toEngineRequest(req, new QueryStringDecoder(req.uri()), channel);
        } finally {
            req.release();
        }
    }

    @Test
    void handshakesWithTheSameHeadersAndQueryShareOneCopy() {
        HttpRequest first = engineRequest("/socket.io/?EIO=4&transport=websocket",
                "Host", "127.0.0.1:8000", "Upgrade", "websocket", "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==",
                "x-client", "a");
        HttpRequest second = engineRequest("/socket.io/?EIO=4&transport=websocket",
                "host", "127.0.0.1:8000", "upgrade", "websocket", "sec-websocket-key", "b3RoZXIgbm9uY2UgMDEyMw==",
                "X-Client", "a");

        assertThat(second.headers()).isSameAs(first.headers());
        assertThat(second.query()).isSameAs(first.query());
        assertThat(second.headers().asMap()).isEqualTo(Map.of(
                "host", List.of("127.0.0.1:8000"), "upgrade", List.of("websocket"), "x-client", List.of("a")));
        assertThat(second.query()).isEqualTo(Map.of("EIO", List.of("4"), "transport", List.of("websocket")));
    }

    @Test
    void anyDifferenceGivesTheRequestItsOwnHeaders() {
        HttpRequest base = engineRequest("/socket.io/?EIO=4", "host", "h", "x-client", "a");
        HttpRequest otherValue = engineRequest("/socket.io/?EIO=4", "host", "h", "x-client", "b");
        HttpRequest repeated = engineRequest("/socket.io/?EIO=4", "host", "h", "x-client", "b", "x-client", "c");
        HttpRequest fewer = engineRequest("/socket.io/?EIO=4", "host", "h");
        HttpRequest more = engineRequest("/socket.io/?EIO=4", "host", "h", "x-client", "a");
        HttpRequest otherQuery = engineRequest("/socket.io/?EIO=4&t=1", "host", "h", "x-client", "a");

        assertThat(base.headers().asMap()).isEqualTo(Map.of("host", List.of("h"), "x-client", List.of("a")));
        assertThat(otherValue.headers().asMap()).isEqualTo(Map.of("host", List.of("h"), "x-client", List.of("b")));
        assertThat(repeated.headers().all("x-client")).containsExactly("b", "c");
        assertThat(fewer.headers().asMap()).isEqualTo(Map.of("host", List.of("h")));
        assertThat(more.headers().asMap()).isEqualTo(Map.of("host", List.of("h"), "x-client", List.of("a")));
        assertThat(otherQuery.query()).isEqualTo(Map.of("EIO", List.of("4"), "t", List.of("1")));
        assertThat(otherQuery.headers()).isSameAs(more.headers());
    }
}
