package dev.chat.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.store.jdbc.JdbcStoreConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storage settings of the standalone server: embedded H2 by default, PostgreSQL by URL. */
class CommandLineStorageTest {

  private static Command parse(Map<String, String> env, String... args) {
    Map<String, String> withKey = new HashMap<>(env);
    withKey.put("CHAT_JWT_SECRET", "s3cret");
    return CommandLine.parse(List.of(args), withKey, () -> "generated");
  }

  private static JdbcStoreConfig storage(Map<String, String> env, String... args) {
    Command command = parse(env, args);
    assertThat(command).isInstanceOf(Command.Serve.class);
    return ((Command.Serve) command).storage();
  }

  @Test
  void defaultIsTheEmbeddedDatabaseUnderData() {
    assertThat(storage(Map.of())).isEqualTo(JdbcStoreConfig.DEFAULTS);
    assertThat(((Command.Serve) CommandLine.parse(List.of("--dev"), Map.of(), () -> "generated-0123456789abcdef"))
        .storage()).isEqualTo(JdbcStoreConfig.DEFAULTS);
  }

  @Test
  void dataDirFromEnvironmentOrFlag() {
    assertThat(storage(Map.of("CHAT_DATA_DIR", "/var/lib/chat")))
        .isEqualTo(JdbcStoreConfig.embedded(Path.of("/var/lib/chat")));
    assertThat(storage(Map.of("CHAT_DATA_DIR", "/var/lib/chat"), "--data-dir", "/srv/chat"))
        .isEqualTo(JdbcStoreConfig.embedded(Path.of("/srv/chat")));
  }

  @Test
  void postgresFromEnvironmentOrFlags() {
    JdbcStoreConfig env = storage(Map.of(
        "CHAT_DB_URL", "jdbc:postgresql://db:5432/chat",
        "CHAT_DB_USER", "chat",
        "CHAT_DB_PASSWORD", "pw"));
    assertThat(env.url()).isEqualTo("jdbc:postgresql://db:5432/chat");
    assertThat(env.user()).isEqualTo("chat");
    assertThat(env.password()).isEqualTo("pw");
    JdbcStoreConfig flags = storage(Map.of(), "--db-url=jdbc:postgresql://other/chat", "--db-user", "u",
        "--db-password", "p");
    assertThat(flags.url()).isEqualTo("jdbc:postgresql://other/chat");
    assertThat(flags.user()).isEqualTo("u");
    assertThat(flags.password()).isEqualTo("p");
  }

  @Test
  void aUrlThatIsNotJdbcFailsWithASentence() {
    Command command = parse(Map.of("CHAT_DB_URL", "postgres://db/chat"));
    assertThat(command).isEqualTo(new Command.Fail("CHAT_DB_URL / CHAT_DATA_DIR: url must start with "
        + "jdbc:h2: or jdbc:postgresql: but was postgres://db/chat"));
  }

  @Test
  void helpListsTheStorageSettings() {
    assertThat(HelpText.render()).contains("CHAT_DATA_DIR", "--data-dir", "CHAT_DB_URL", "--db-url",
        "CHAT_DB_USER", "CHAT_DB_PASSWORD");
  }
}
