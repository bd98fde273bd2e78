package dev.chat.examples.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script to completion with a time limit, collecting its output (stdout and stderr merged).
 *
 * @param exitCode the exit code, or {@code -1} if it was killed at the time limit
 * @param output   everything it printed
 */
public record NodeScript(int exitCode, String output) {

    /** Runs {@code node <script>} in {@code directory} with extra environment variables. */
    public static NodeScript run(Path directory, String script, Map<String, String> environment, Duration limit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", script))
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return new NodeScript(-1, output.getNow("") + "\n(killed after " + limit + ")");
        }
        return new NodeScript(process.exitValue(), output.join());
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
