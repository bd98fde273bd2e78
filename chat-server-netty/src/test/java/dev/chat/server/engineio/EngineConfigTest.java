package dev.chat.server.engineio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

    @Test
    void defaultsAreEngineIos() {
        EngineConfig d = EngineConfig.DEFAULTS;
        assertThat(d.pingInterval()).isEqualTo(Duration.ofMillis(25_000));
        assertThat(d.pingTimeout()).isEqualTo(Duration.ofMillis(20_000));
        assertThat(d.maxPayload()).isEqualTo(1_000_000);
        assertThat(d.transports()).containsExactlyInAnyOrder(EngineTransport.POLLING, EngineTransport.WEBSOCKET);
        assertThat(d.allowsOrigin("https://any.example")).isTrue();
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void validationNamesTheField() {
        assertThatThrownBy(() -> EngineConfig.builder().pingInterval(Duration.ZERO).build())
                .hasMessage("pingInterval must be positive: PT0S");
        assertThatThrownBy(() -> EngineConfig.builder().maxPayload(0).build())
                .hasMessage("maxPayload must be positive: 0");
        assertThatThrownBy(() -> EngineConfig.builder().transports(Set.of()).build())
                .hasMessage("transports must not be empty");
    }

    @Test
    void originListIsExact() {
        EngineConfig config = EngineConfig.builder().allowedOrigins(List.of("https://a.example")).build();
        assertThat(config.allowsOrigin("https://a.example")).isTrue();
        assertThat(config.allowsOrigin("https://a.example.evil")).isFalse();
    }
}
