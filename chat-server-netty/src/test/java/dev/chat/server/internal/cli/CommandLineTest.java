package dev.chat.server.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.JwtTokenVerifier;
import dev.chat.server.auth.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private final AtomicInteger generated = new AtomicInteger();
    private final Supplier<String> random = () -> "generated-secret-" + generated.incrementAndGet() + "-0123456789";

    private Command parse(Map<String, String> env, String... args) {
        return CommandLine.parse(List.of(args), env, random);
    }

    private ChatServerConfig serve(Map<String, String> env, String... args) {
        Command command = parse(env, args);
        assertThat(command).isInstanceOf(Command.Serve.class);
        return ((Command.Serve) command).config();
    }

    @Test
    void withoutAKeyItFailsSayingWhatToSet() {
        assertThat(parse(Map.of())).isEqualTo(new Command.Fail(CommandLine.NO_KEY));
        assertThat(CommandLine.NO_KEY).contains("CHAT_JWT_SECRET", "CHAT_JWT_PUBLIC_KEY", "--dev");
    }

    @Test
    void environmentGivesTheConfigAndDefaultsApply() {
        ChatServerConfig config = serve(Map.of("CHAT_JWT_SECRET", "s3cret"));
        assertThat(config.port()).isEqualTo(8000);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.path()).isEqualTo("/socket.io/");
        assertThat(config.jwt().hmacSecret()).isEqualTo("s3cret");
        assertThat(config.jwt().userClaims()).containsExactly("sub", "id", "userId");
        assertThat(config.adminToken()).isNull();
        assertThat(config.corsOrigins()).isEmpty();
    }

    @Test
    void everySettingHasAVariableAndAFlagAndTheFlagWins() {
        Map<String, String> env = Map.of(
                "PORT", "9000", "CHAT_HOST", "127.0.0.2", "CHAT_PATH", "chat", "CHAT_JWT_SECRET", "from-env",
                "CHAT_JWT_USER_CLAIM", "uid", "CHAT_ADMIN_TOKEN", "admin-token-0123456789",
                "CHAT_CORS_ORIGINS", "https://a.example, http://localhost:3000",
                "CHAT_JWT_ISSUER", "iss", "CHAT_JWT_AUDIENCE", "aud", "CHAT_JWT_LEEWAY_SECONDS", "7");
        ChatServerConfig fromEnv = serve(env);
        assertThat(fromEnv.port()).isEqualTo(9000);
        assertThat(fromEnv.host()).isEqualTo("127.0.0.2");
        assertThat(fromEnv.path()).isEqualTo("/chat/");
        assertThat(fromEnv.jwt().userClaims()).containsExactly("uid");
        assertThat(fromEnv.jwt().issuer()).isEqualTo("iss");
        assertThat(fromEnv.jwt().audience()).isEqualTo("aud");
        assertThat(fromEnv.jwt().leeway()).isEqualTo(Duration.ofSeconds(7));
        assertThat(fromEnv.adminToken()).isEqualTo("admin-token-0123456789");
        assertThat(fromEnv.corsOrigins()).containsExactly("https://a.example", "http://localhost:3000");

        ChatServerConfig flags = serve(env, "--port", "0", "--host=127.0.0.1", "--path", "/x/",
                "--jwt-secret", "from-flag", "--jwt-user-claim", "id", "--admin-token", "flag-admin-0123456789",
                "--cors-origins", "*");
        assertThat(flags.port()).isZero();
        assertThat(flags.host()).isEqualTo("127.0.0.1");
        assertThat(flags.path()).isEqualTo("/x/");
        assertThat(flags.jwt().hmacSecret()).isEqualTo("from-flag");
        assertThat(flags.jwt().userClaims()).containsExactly("id");
        assertThat(flags.adminToken()).isEqualTo("flag-admin-0123456789");
        assertThat(flags.corsOrigins()).containsExactly("*");
    }

    @Test
    void devGeneratesSecretAndAdminTokenAndBindsLoopback() {
        Command command = parse(Map.of(), "--dev");
        assertThat(command).isInstanceOf(Command.Serve.class);
        Command.Serve serve = (Command.Serve) command;
        assertThat(serve.dev()).isTrue();
        assertThat(serve.config().adminToken()).startsWith("generated-secret-");
        assertThat(serve.config().jwt().hmacSecret()).startsWith("generated-secret-")
                .isNotEqualTo(serve.config().adminToken());
        assertThat(serve.config().host()).isEqualTo("127.0.0.1");
        assertThat(serve.config().corsOrigins()).containsExactly("*");
        assertThat(serve(Map.of("CHAT_JWT_SECRET", "mine"), "--dev").jwt().hmacSecret()).isEqualTo("mine");
    }

    @Test
    void mistakesAreSentences() {
        Map<String, String> env = Map.of("CHAT_JWT_SECRET", "s");
        assertThat(parse(env, "--bogus")).isEqualTo(new Command.Fail("Unknown option --bogus"));
        assertThat(parse(env, "--port")).isEqualTo(new Command.Fail("Option --port needs a value"));
        assertThat(parse(env, "--port", "http")).isEqualTo(
                new Command.Fail("PORT must be a number between 0 and 65535, was \"http\""));
        assertThat(parse(env, "--port", "70000")).isEqualTo(
                new Command.Fail("port must be between 0 and 65535, was 70000"));
        assertThat(parse(env, "--admin-token", "short")).isEqualTo(
                new Command.Fail("adminToken must be at least 16 characters"));
        assertThat(parse(env, "--cors-origins", "example.com")).isEqualTo(new Command.Fail(
                "corsOrigins entries must be \"*\" or scheme://host[:port], was \"example.com\""));
        assertThat(parse(Map.of("CHAT_JWT_PUBLIC_KEY", "/no/such/file.pem"))).isEqualTo(new Command.Fail(
                "CHAT_JWT_PUBLIC_KEY is neither a PEM block nor a readable file: /no/such/file.pem"));
    }

    @Test
    void helpWinsAndListsEveryVariable() {
        assertThat(parse(Map.of(), "--port", "1", "--help")).isEqualTo(new Command.ShowHelp());
        assertThat(parse(Map.of(), "-h")).isEqualTo(new Command.ShowHelp());
        String help = HelpText.render();
        for (Setting s : Setting.values()) {
            assertThat(help).contains(s.env(), s.flag());
        }
        assertThat(help).contains("--dev", "token --user");
    }

    @Test
    void publicKeyComesFromPemTextOrFile(@TempDir Path dir) throws Exception {
        String pem = TestTokens.pem(TestTokens.rsaKeys().getPublic());
        assertThat(serve(Map.of("CHAT_JWT_PUBLIC_KEY", pem)).jwt().publicKeyPem()).isEqualTo(pem.strip());
        Path file = Files.writeString(dir.resolve("key.pem"), pem);
        assertThat(serve(Map.of(), "--jwt-public-key", file.toString()).jwt().publicKeyPem()).isEqualTo(pem);
    }

    @Test
    void tokenCommandMintsATokenTheServerAccepts() {
        Command command = parse(Map.of("CHAT_JWT_SECRET", TestTokens.SECRET), "token", "--user", "456");
        assertThat(command).isInstanceOf(Command.MintToken.class);
        Command.MintToken mint = (Command.MintToken) command;
        assertThat(mint.user()).isEqualTo("456");
        assertThat(mint.ttl()).isEqualTo(Duration.ofHours(24));
        String token = TokenMinter.mint(mint.jwt(), mint.user(), Instant.now(), mint.ttl());
        assertThat(JwtTokenVerifier.create(mint.jwt()).verify(token)).isEqualTo(new AuthResult.Authenticated("456"));
    }

    @Test
    void tokenCommandHonoursUserClaimIssuerAndAudience() {
        Command.MintToken mint = (Command.MintToken) parse(
                Map.of("CHAT_JWT_SECRET", "x", "CHAT_JWT_USER_CLAIM", "uid", "CHAT_JWT_ISSUER", "me",
                        "CHAT_JWT_AUDIENCE", "chat"),
                "token", "--user=789", "--ttl-seconds", "60");
        assertThat(mint.ttl()).isEqualTo(Duration.ofSeconds(60));
        String token = TokenMinter.mint(mint.jwt(), mint.user(), Instant.now(), mint.ttl());
        assertThat(JwtTokenVerifier.create(mint.jwt()).verify(token)).isEqualTo(new AuthResult.Authenticated("789"));
        assertThat(com.auth0.jwt.JWT.decode(token).getClaim("uid").asLong()).isEqualTo(789L);
    }

    @Test
    void tokenCommandMistakes() {
        assertThat(parse(Map.of(), "token", "--user", "1")).isEqualTo(new Command.Fail(CommandLine.TOKEN_NEEDS_SECRET));
        assertThat(parse(Map.of("CHAT_JWT_SECRET", "x"), "token")).isEqualTo(
                new Command.Fail("The token command needs --user <id>, such as: token --user 456"));
        assertThat(parse(Map.of("CHAT_JWT_SECRET", "x"), "token", "--user", "1", "--ttl-seconds", "0"))
                .isEqualTo(new Command.Fail("--ttl-seconds must be a positive number of seconds, was \"0\""));
        assertThat(parse(Map.of("CHAT_JWT_SECRET", "x"), "token", "--user", "1", "--dev"))
                .isEqualTo(new Command.Fail("Unknown option --dev for the token command"));
    }
}
