package dev.chat.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.chat.examples.support.NodeScript;
import dev.chat.examples.support.TestChatServer;
import dev.chat.server.internal.demo.DemoEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web demo in a real browser: headless Debian Chromium driven by playwright-core
 * ({@code src/test/js/browser/demo-browser.mjs}), two browser contexts as two users, against the real server
 * serving {@code /demo} exactly as {@code --dev} registers it. Screenshots of both sides are saved in
 * {@code target/browser-artifacts/}.
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped with a message, unless
 * {@code CHAT_REQUIRE_SERVICES=true} (CI), where it fails.
 */
@Timeout(150)
class DemoBrowserTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCRIPT_DIR = Path.of("src/test/js/browser");
    static final Path ARTIFACTS = Path.of("target/browser-artifacts");

    @Test
    void twoUsersChatInHeadlessChromium() throws Exception {
        requireChromium();
        try (TestChatServer server = TestChatServer.start(builder -> builder.endpoint(DemoEndpoint.PATH,
                new DemoEndpoint(TestChatServer::tokenFor, DemoEndpoint.SAMPLE_USERS)))) {
            NodeScript run = NodeScript.run(SCRIPT_DIR, "demo-browser.mjs", Map.of(
                    "DEMO_URL", server.uri().toString(),
                    "ADMIN_TOKEN", TestChatServer.ADMIN_TOKEN,
                    "ARTIFACTS_DIR", ARTIFACTS.toAbsolutePath().toString(),
                    "CHROMIUM", CHROMIUM.toString()), Duration.ofSeconds(120));
            System.out.println(run.output());
            assertThat(run.exitCode()).as("demo-browser.mjs exit code; output:%n%s", run.output()).isZero();
            assertThat(run.output()).contains("9 passed, 0 failed");
        }
        assertThat(ARTIFACTS.resolve("user-456.png")).isNotEmptyFile();
        assertThat(ARTIFACTS.resolve("user-789.png")).isNotEmptyFile();
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = CHROMIUM + " is missing: install it with `apt-get install -y chromium` to run the browser test.";
        if ("true".equals(System.getenv("CHAT_REQUIRE_SERVICES"))) {
            fail(message + " (CHAT_REQUIRE_SERVICES=true makes this a failure)");
        }
        Assumptions.abort(message);
    }
}
