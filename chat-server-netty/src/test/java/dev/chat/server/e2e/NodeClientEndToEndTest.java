package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.chat.core.ChatConfig;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.TestTokens;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real {@link ChatServer} on 127.0.0.1 and a free port, driven by the official
 * {@code socket.io-client} v4 from Node: one dynamic test per {@code src/test/js/test/*.test.mjs}
 * file, run with {@code node --test} under a timeout. A test fails when node exits non-zero or
 * runs over time; node's own report is printed and put in the failure message.
 */
class NodeClientEndToEndTest {

    static final String ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
    static final Duration TYPING_TIMEOUT = Duration.ofMillis(800);
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(90);

    private static ChatServer server;
    private static InetSocketAddress address;

    @BeforeAll
    static void startServer() {
        server = ChatServer.builder(ChatServerConfig.builder()
                        .host("127.0.0.1")
                        .port(0)
                        .jwt(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build())
                        .adminToken(ADMIN_TOKEN)
                        .build())
                .chatConfig(ChatConfig.builder().typingTimeout(TYPING_TIMEOUT).build())
                .build();
        address = server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    static Path e2eDir() {
        return Path.of(System.getProperty("e2e.dir", "src/test/js")).toAbsolutePath();
    }

    @TestFactory
    Stream<DynamicTest> officialClientSuite() throws IOException {
        Path tests = e2eDir().resolve("test");
        List<Path> files;
        try (Stream<Path> list = Files.list(tests)) {
            // -De2e.only=devices runs only the files whose name contains that text.
            String only = System.getProperty("e2e.only", "");
            files = list.filter(p -> p.getFileName().toString().endsWith(".test.mjs"))
                    .filter(p -> p.getFileName().toString().contains(only))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("Node test files in " + tests).isNotEmpty();
        assertThat(e2eDir().resolve("node_modules/socket.io-client"))
                .as("socket.io-client is installed by the build (npm ci in generate-test-resources)")
                .isDirectory();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> runNode(file)));
    }

    private static void runNode(Path file) throws Exception {
        Path log = Files.createTempFile("node-e2e-", ".log");
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec", e2eDir().relativize(file).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(e2eDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("CHAT_URL", "http://127.0.0.1:" + address.getPort());
        env.put("CHAT_JWT_SECRET", TestTokens.SECRET);
        env.put("CHAT_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("CHAT_TYPING_TIMEOUT_MS", Long.toString(TYPING_TIMEOUT.toMillis()));
        env.put("NO_COLOR", "1");
        Process node = builder.start();
        boolean finished = node.waitFor(NODE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println("---- node " + file.getFileName() + " ----\n" + output);
        if (!finished) {
            fail("node " + file.getFileName() + " did not finish within " + NODE_TIMEOUT + ":\n" + output);
        }
        assertThat(node.exitValue()).as("node %s exit code; output:%n%s", file.getFileName(), output).isZero();
    }
}
