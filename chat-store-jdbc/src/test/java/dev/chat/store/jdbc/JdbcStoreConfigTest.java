package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JdbcStoreConfigTest {

  @Test
  void defaultsAreTheEmbeddedH2FileDatabaseUnderData() {
    JdbcStoreConfig c = JdbcStoreConfig.DEFAULTS;
    String file = Path.of("data").toAbsolutePath().normalize().resolve("chat").toString();
    assertThat(c.url()).isEqualTo(
        "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
    assertThat(c.isPostgres()).isFalse();
    assertThat(c.user()).isEmpty();
    assertThat(c.maxPoolSize()).isEqualTo(10);
    assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.queryTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(c.maxBatchSize()).isEqualTo(1024);
    assertThat(c.queueCapacity()).isEqualTo(10_000);
    assertThat(c.enqueueTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.migrate()).isTrue();
  }

  @Test
  void environmentWithoutDbUrlUsesTheDataDir() {
    JdbcStoreConfig c = JdbcStoreConfig.fromEnvironment(Map.of("CHAT_DATA_DIR", "/var/lib/chat"));
    assertThat(c).isEqualTo(JdbcStoreConfig.embedded(Path.of("/var/lib/chat")));
    assertThat(c.url()).startsWith("jdbc:h2:file:/var/lib/chat/chat;");
    assertThat(JdbcStoreConfig.fromEnvironment(Map.of())).isEqualTo(JdbcStoreConfig.DEFAULTS);
  }

  @Test
  void environmentWithDbUrlUsesPostgres() {
    JdbcStoreConfig c = JdbcStoreConfig.fromEnvironment(Map.of(
        "CHAT_DB_URL", "jdbc:postgresql://db:5432/chat",
        "CHAT_DB_USER", "chat",
        "CHAT_DB_PASSWORD", "s3cret",
        "CHAT_DATA_DIR", "/ignored"));
    assertThat(c.url()).isEqualTo("jdbc:postgresql://db:5432/chat");
    assertThat(c.user()).isEqualTo("chat");
    assertThat(c.password()).isEqualTo("s3cret");
    assertThat(c.isPostgres()).isTrue();
  }

  @Test
  void toStringNeverShowsThePassword() {
    JdbcStoreConfig c = JdbcStoreConfig.builder()
        .url("jdbc:postgresql://db/chat?user=u&password=hunter2&ssl=true")
        .password("s3cret")
        .build();
    assertThat(c.toString())
        .doesNotContain("s3cret", "hunter2")
        .contains("password=***", "jdbc:postgresql://db/chat?user=u&password=***&ssl=true");
  }

  @Test
  void toBuilderRoundTrips() {
    JdbcStoreConfig c = JdbcStoreConfig.builder().maxPoolSize(3).migrate(false).build();
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void invalidFieldsAreNamed() {
    assertThatThrownBy(() -> JdbcStoreConfig.builder().url("jdbc:mysql://x/y").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must start with jdbc:h2: or jdbc:postgresql: but was jdbc:mysql://x/y");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().maxPoolSize(0).build())
        .hasMessage("maxPoolSize must be at least 1 but was 0");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().connectionTimeout(Duration.ofMillis(100)).build())
        .hasMessage("connectionTimeout must be at least 250 ms but was 100 ms");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().queryTimeout(Duration.ofMillis(1500)).build())
        .hasMessage("queryTimeout must be a whole number of seconds, at least 1 s, but was 1500 ms");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().maxBatchSize(0).build())
        .hasMessage("maxBatchSize must be at least 1 but was 0");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().maxBatchSize(10).queueCapacity(5).build())
        .hasMessage("queueCapacity must be at least maxBatchSize (10) but was 5");
    assertThatThrownBy(() -> JdbcStoreConfig.builder().enqueueTimeout(Duration.ofMillis(-1)).build())
        .hasMessage("enqueueTimeout must not be negative but was -1 ms");
  }
}
