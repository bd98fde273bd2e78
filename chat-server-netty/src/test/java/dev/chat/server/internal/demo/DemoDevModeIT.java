package dev.chat.server.internal.demo;

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
import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Timeout;

/**
 * The packaged jar serves the web demo at {@code /demo} with {@code --dev}, and only then: the page, the
 * socket.io-client bundle copied from npm at build time, and sample users' tokens valid for the dev secret.
 */
@Timeout(90)
class DemoDevModeIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A running jar and the lines it printed. */
    record Server(Process process, BlockingQueue<String> lines) implements AutoCloseable {
        /** Waits for a line matching {@code pattern}; returns the match. */
        Matcher await(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            StringBuilder seen = new StringBuilder();
            while (true) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no line matching " + pattern + " within " + WAIT + ":\n" + seen);
                }
                seen.append(line).append('\n');
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static Server start(Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("chat.jar", "target/chat-server.jar"));
        assertThat(jar).as("the shaded jar built by package").isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("CHAT_") || k.equals("PORT"));
        // A fresh database folder per server, not ./data (which would outlive the test).
        builder.environment().put("CHAT_DATA_DIR", Files.createTempDirectory("chat-demo-data").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        }, "demo-jar-output");
        reader.setDaemon(true);
        reader.start();
        return new Server(process, lines);
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                BodyHandlers.ofString());
    }

    @Test
    void devModeServesTheDemoTheBundleAndSampleTokens() throws Exception {
        try (Server server = start(Map.of(), "--dev", "--port", "0")) {
            String secret = server.await(Pattern.compile("^CHAT_JWT_SECRET +(\\S+)$")).group(1);
            String demo = server.await(Pattern.compile("^Web demo +(http://\\S+/demo/)$")).group(1);

            HttpResponse<String> page = get(demo);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script src=\"socket.io.min.js\"></script>");
            HttpResponse<String> bundle = get(demo + "socket.io.min.js");
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(bundle.body()).contains("Socket.IO v4");

            HttpResponse<String> token = get(demo + "token?user=789");
            assertThat(token.statusCode()).isEqualTo(200);
            Matcher minted = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(token.body());
            assertThat(minted.find()).isTrue();
            assertThat(JwtTokenVerifier.create(JwtConfig.builder().hmacSecret(secret).build()).verify(minted.group(1)))
                    .isEqualTo(new AuthResult.Authenticated("789"));
        }
    }

    @Test
    void withoutDevThereIsNoDemoAndNoTokenEndpoint() throws Exception {
        try (Server server = start(Map.of("CHAT_JWT_SECRET", "demo-it-secret-0123456789abcdef0123"), "--port", "0")) {
            String base = "http://127.0.0.1:"
                    + server.await(Pattern.compile("listening on http://\\S*:(\\d+)/socket\\.io/")).group(1);
            assertThat(get(base + "/demo/").statusCode()).isEqualTo(404);
            assertThat(get(base + "/demo/token?user=456").statusCode()).isEqualTo(404);
            assertThat(get(base + "/health").statusCode()).isEqualTo(200);
        }
    }
}
