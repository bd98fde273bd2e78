package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

    private final CorsPolicy listed = new CorsPolicy(List.of("https://app.example"));
    private final CorsPolicy any = new CorsPolicy(List.of("*"));

    @Test
    void requestsWithoutOriginAreAlwaysAllowedAndGetNoCorsHeaders() {
        assertThat(listed.allows(null)).isTrue();
        assertThat(listed.responseHeaders(null)).isEmpty();
    }

    @Test
    void listedOriginsAreEchoedWithCredentials() {
        assertThat(listed.allows("https://app.example")).isTrue();
        assertThat(listed.responseHeaders("https://app.example")).containsExactly(
                java.util.Map.entry("Access-Control-Allow-Origin", "https://app.example"),
                java.util.Map.entry("Access-Control-Allow-Credentials", "true"),
                java.util.Map.entry("Vary", "Origin"));
    }

    @Test
    void unlistedOriginsAreRefused() {
        assertThat(listed.allows("https://evil.example")).isFalse();
        assertThat(listed.responseHeaders("https://evil.example")).isEmpty();
        assertThat(listed.preflightHeaders("https://evil.example", "content-type")).isEmpty();
    }

    @Test
    void wildcardAllowsAnyOrigin() {
        assertThat(any.allows("https://whatever.example")).isTrue();
        assertThat(any.responseHeaders("https://whatever.example"))
                .containsExactly(java.util.Map.entry("Access-Control-Allow-Origin", "*"));
        assertThat(any.preflightHeaders("https://whatever.example", "content-type"))
                .containsEntry("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .containsEntry("Access-Control-Allow-Headers", "content-type");
    }
}
