package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page served by the server itself (the web demo) is same-origin: no allow-list needed. */
class CorsSameOriginTest {
    final CorsPolicy none = new CorsPolicy(List.of());

    @Test
    void anOriginNamingTheRequestsHostIsNotCrossOrigin() {
        assertThat(CorsPolicy.crossOrigin("http://127.0.0.1:8000", "127.0.0.1:8000")).isNull();
        assertThat(CorsPolicy.crossOrigin("https://Chat.Example", "chat.example")).isNull();
        assertThat(none.allows(CorsPolicy.crossOrigin("http://localhost:8000", "localhost:8000"))).isTrue();
    }

    @Test
    void anyOtherOriginStillNeedsTheAllowList() {
        assertThat(CorsPolicy.crossOrigin("http://evil.example", "127.0.0.1:8000")).isEqualTo("http://evil.example");
        assertThat(CorsPolicy.crossOrigin("http://127.0.0.1:8001", "127.0.0.1:8000")).isEqualTo("http://127.0.0.1:8001");
        assertThat(CorsPolicy.crossOrigin("http://127.0.0.1:8000.evil", "127.0.0.1:8000")).isNotNull();
        assertThat(CorsPolicy.crossOrigin("null", "127.0.0.1:8000")).isEqualTo("null");
        assertThat(CorsPolicy.crossOrigin("http://x", null)).isEqualTo("http://x");
        assertThat(none.allows(CorsPolicy.crossOrigin("http://evil.example", "127.0.0.1:8000"))).isFalse();
    }
}
