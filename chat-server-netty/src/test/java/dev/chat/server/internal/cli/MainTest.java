package dev.chat.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.JwtTokenVerifier;
import dev.chat.server.auth.TestTokens;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Command command) {
        return Main.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run(new Command.ShowHelp())).isZero();
        assertThat(out()).isEqualTo(HelpText.render()).contains("CHAT_JWT_SECRET");
    }

    @Test
    void failurePrintsTheSentenceOnStderrAndExitsTwo() {
        assertThat(run(CommandLine.parse(List.of(), Map.of(), () -> "x"))).isEqualTo(2);
        assertThat(err()).isEqualTo(CommandLine.NO_KEY + System.lineSeparator()
                + "Run with --help for every option." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void tokenCommandPrintsOnlyTheToken() {
        JwtConfig jwt = JwtConfig.builder().hmacSecret(TestTokens.SECRET).build();
        assertThat(run(new Command.MintToken(jwt, "456", Duration.ofMinutes(5)))).isZero();
        String token = out().strip();
        assertThat(token).doesNotContain(" ", "\n");
        assertThat(JwtTokenVerifier.create(jwt).verify(token)).isEqualTo(new AuthResult.Authenticated("456"));
    }

    @Test
    void unbindablePortExitsOneWithTheReason(@TempDir Path dataDir) {
        ChatServerConfig config = ChatServerConfig.builder()
                .host("203.0.113.1") // TEST-NET-3: not an address of this machine, so bind fails
                .port(0)
                .jwt(JwtConfig.builder().hmacSecret("s").build())
                .build();
        assertThat(run(new Command.Serve(config, JdbcStoreConfig.embedded(dataDir), false))).isEqualTo(1);
        assertThat(err()).startsWith("Cannot start the chat server: ");
        assertThat(dataDir.resolve("chat.mv.db")).as("the store was opened, then closed").exists();
    }

    @Test
    void unreachableDatabaseExitsOneWithTheReason() {
        ChatServerConfig config = ChatServerConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .jwt(JwtConfig.builder().hmacSecret("s").build())
                .build();
        JdbcStoreConfig nowhere = JdbcStoreConfig.builder()
                .url("jdbc:postgresql://127.0.0.1:1/chat") // port 1: nothing listens, refused at once
                .connectionTimeout(Duration.ofMillis(500))
                .build();
        assertThat(run(new Command.Serve(config, nowhere, false))).isEqualTo(1);
        assertThat(err()).startsWith("Cannot open the chat store: could not open the database at jdbc:postgresql://127.0.0.1:1/chat");
    }

    @Test
    void devBannerPrintsCredentialsAndWorkingTokens() {
        ChatServerConfig config = ((Command.Serve) CommandLine.parse(List.of("--dev"), Map.of(),
                () -> "generated-0123456789abcdef")).config();
        String banner = Main.devBanner(config, new InetSocketAddress("127.0.0.1", 8000));
        assertThat(banner).contains("http://127.0.0.1:8000", "CHAT_JWT_SECRET     generated-0123456789abcdef",
                "CHAT_ADMIN_TOKEN    generated-0123456789abcdef", "token for user 456  ", "token for user 789  ");
        String token456 = banner.lines().filter(l -> l.startsWith("token for user 456")).findFirst().orElseThrow()
                .substring("token for user 456  ".length());
        assertThat(JwtTokenVerifier.create(config.jwt()).verify(token456)).isEqualTo(new AuthResult.Authenticated("456"));
    }
}
