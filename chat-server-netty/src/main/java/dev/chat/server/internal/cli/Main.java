package dev.chat.server.internal.cli;

import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.internal.demo.DemoEndpoint;
import dev.chat.store.jdbc.JdbcChatStore;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The standalone server: {@code java -jar chat-server.jar [--dev] [options] | token --user <id> | --help}. */
public final class Main {

    static {
        // The standalone jar's logging config; a -Dlogback.configurationFile given by the user wins.
        // Set before the first logger exists, so in a static block ahead of LOG.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "chat-server-logback.xml");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Main() {}

    /**
     * Runs the command line; exits 2 on usage errors, 1 when the server cannot start.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Command command = CommandLine.parse(List.of(args), System.getenv(), Main::randomSecret);
        int status = run(command, System.out, System.err);
        if (status >= 0) {
            System.exit(status);
        }
    }

    /**
     * Carries out one command.
     *
     * @return the exit status, or -1 when the server runs on (until the JVM is stopped)
     */
    static int run(Command command, PrintStream out, PrintStream err) {
        if (command instanceof Command.ShowHelp) {
            out.print(HelpText.render());
            return 0;
        }
        if (command instanceof Command.Fail fail) {
            err.println(fail.message());
            err.println("Run with --help for every option.");
            return 2;
        }
        if (command instanceof Command.MintToken mint) {
            out.println(TokenMinter.mint(mint.jwt(), mint.user(), Instant.now(), mint.ttl()));
            return 0;
        }
        Command.Serve serve = (Command.Serve) command;
        JdbcChatStore store;
        try {
            // Migrates the schema before the port opens, so no client meets an old schema.
            store = JdbcChatStore.open(serve.storage());
        } catch (RuntimeException e) {
            err.println("Cannot open the chat store: " + e.getMessage());
            return 1;
        }
        ChatServer server;
        InetSocketAddress address;
        try {
            ChatServer.Builder builder = ChatServer.builder(serve.config()).store(store);
            if (serve.dev()) { // the web demo mints sample users' tokens: --dev only
                builder.endpoint(DemoEndpoint.PATH, new DemoEndpoint(user -> TokenMinter.mint(serve.config().jwt(), user,
                        Instant.now(), Duration.ofHours(24)), DemoEndpoint.SAMPLE_USERS));
            }
            server = builder.build();
            address = server.start();
        } catch (RuntimeException e) {
            store.close();
            err.println("Cannot start the chat server: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } finally {
                store.close(); // after the server: in-flight sends still commit
            }
        }, "chat-shutdown"));
        LOG.info("Chat server listening on http://{}:{}{}", address.getHostString(), address.getPort(),
                serve.config().path());
        if (serve.dev()) {
            out.print(devBanner(serve.config(), address));
            out.flush();
        }
        return -1;
    }

    /** What {@code --dev} prints: the generated credentials and ready-made tokens for two sample users. */
    static String devBanner(ChatServerConfig config, InetSocketAddress address) {
        String url = "http://" + (address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString())
                + ":" + address.getPort();
        StringBuilder out = new StringBuilder();
        out.append("\n=== Development mode: credentials for this run only ===\n");
        out.append("URL                 ").append(url).append("  (Socket.IO path ").append(config.path()).append(")\n");
        if (config.jwt().hmacSecret() != null) {
            out.append("CHAT_JWT_SECRET     ").append(config.jwt().hmacSecret()).append('\n');
        }
        out.append("CHAT_ADMIN_TOKEN    ").append(config.adminToken()).append('\n');
        out.append("Web demo            ").append(url).append("/demo/\n");
        if (config.jwt().hmacSecret() != null) {
            for (String user : new String[] {"456", "789"}) {
                out.append("token for user ").append(user).append("  ")
                        .append(TokenMinter.mint(config.jwt(), user, Instant.now(), Duration.ofHours(24))).append('\n');
            }
        }
        out.append("Try: curl -X POST ").append(url)
                .append("/api/conversations -H 'Authorization: Bearer <CHAT_ADMIN_TOKEN>'")
                .append(" -H 'Content-Type: application/json' -d '{\"participants\":[456,789]}'\n\n");
        return out.toString();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
