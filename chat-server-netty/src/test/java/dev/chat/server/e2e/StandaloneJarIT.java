package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.auth.AuthResult;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.JwtTokenVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code target/chat-server.jar}, run as the README says ({@code java -jar}): help,
 * the missing-key failure, the token sub-command and {@code --dev}. Runs after {@code package}
 * (failsafe), every process bounded in time.
 */
class StandaloneJarIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "standalone-it-secret-0123456789abcdef";

    private static Path jar() {
        Path jar = Path.of(System.getProperty("chat.jar", "target/chat-server.jar"));
        assertThat(jar).as("the shaded jar built by package").isRegularFile();
        return jar;
    }

    private static ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_") || k.equals("PORT"));
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs to completion; returns exit code, stdout and stderr. */
    private static String[] run(Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process process = java(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish within " + WAIT);
        }
        String[] result = {Integer.toString(process.exitValue()), Files.readString(out), Files.readString(err)};
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void helpListsEverySetting() throws Exception {
        String[] result = run(Map.of(), "--help");
        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("PORT", "CHAT_HOST", "CHAT_PATH", "CHAT_JWT_SECRET", "CHAT_JWT_PUBLIC_KEY",
                "CHAT_JWT_USER_CLAIM", "CHAT_ADMIN_TOKEN", "CHAT_CORS_ORIGINS", "--dev", "token --user");
    }

    @Test
    void withoutAKeyItSaysWhatToSet() throws Exception {
        String[] result = run(Map.of());
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[2]).contains("No JWT key configured: set CHAT_JWT_SECRET");
    }

    @Test
    void tokenSubCommandMintsAVerifiableToken() throws Exception {
        String[] result = run(Map.of("CHAT_JWT_SECRET", SECRET), "token", "--user", "456");
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        AuthResult verified = JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(SECRET).build())
                .verify(result[1].strip());
        assertThat(verified).isEqualTo(new AuthResult.Authenticated("456"));
    }

    @Test
    void devModeServesWithPrintedCredentials() throws Exception {
        // A fresh database folder: the default ./data would carry conversations over between runs.
        Path dataDir = Files.createTempDirectory("chat-dev-data");
        Process process = java(Map.of("CHAT_DATA_DIR", dataDir.toString()), "--dev", "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The process ended.
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Pattern url = Pattern.compile("^URL +http://127\\.0\\.0\\.1:(\\d+) .*");
            Pattern admin = Pattern.compile("^CHAT_ADMIN_TOKEN +(\\S+)$");
            Pattern token = Pattern.compile("^token for user 456 +(\\S+)$");
            int port = -1;
            String adminToken = null;
            String userToken = null;
            long deadline = System.nanoTime() + WAIT.toNanos();
            StringBuilder seen = new StringBuilder();
            while (userToken == null) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no dev banner within " + WAIT + ":\n" + seen);
                }
                seen.append(line).append('\n');
                Matcher m;
                if ((m = url.matcher(line)).matches()) {
                    port = Integer.parseInt(m.group(1));
                } else if ((m = admin.matcher(line)).matches()) {
                    adminToken = m.group(1);
                } else if ((m = token.matcher(line)).matches()) {
                    userToken = m.group(1);
                }
            }
            assertThat(port).isPositive();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            var health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(5)).build(), BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            var created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/conversations"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + adminToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"participants\":[456,789]}"))
                    .build(), BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            var mine = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/conversations"))
                    .timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + userToken)
                    .build(), BodyHandlers.ofString());
            assertThat(mine.statusCode()).isEqualTo(200);
            assertThat(mine.body()).contains("\"participants\":[456,789]");
        } finally {
            process.destroy();
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
