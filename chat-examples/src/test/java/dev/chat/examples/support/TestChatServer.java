package dev.chat.examples.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.ChatStore;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The real {@link ChatServer} on 127.0.0.1 and a free port, with a known HS256 secret and admin token,
 * for end-to-end tests. {@link #restart()} stops it and starts a new one on the same port and store, as a
 * deployment would.
 */
public final class TestChatServer implements AutoCloseable {
    /** The HS256 secret of test tokens. */
    public static final String SECRET = "end-to-end-test-secret-0123456789abcdef";
    /** The admin token of the HTTP API. */
    public static final String ADMIN_TOKEN = "end-to-end-admin-token-0123456789";

    private final ChatStore store = new InMemoryChatStore();
    private final UnaryOperator<ChatServer.Builder> customizer;
    private ChatServer server;
    private int port;

    private TestChatServer(UnaryOperator<ChatServer.Builder> customizer) {
        this.customizer = customizer;
    }

    /** Starts a server. */
    public static TestChatServer start() {
        return start(UnaryOperator.identity());
    }

    /** Starts a server with extra builder settings (endpoints, engine config...). */
    public static TestChatServer start(UnaryOperator<ChatServer.Builder> customizer) {
        TestChatServer test = new TestChatServer(customizer);
        test.server = test.newServer(0);
        test.port = test.server.start().getPort();
        return test;
    }

    private ChatServer newServer(int onPort) {
        ChatServerConfig config = ChatServerConfig.builder()
                .host("127.0.0.1")
                .port(onPort)
                .jwt(JwtConfig.builder().hmacSecret(SECRET).build())
                .adminToken(ADMIN_TOKEN)
                .build();
        return customizer.apply(ChatServer.builder(config).store(store)).build();
    }

    /** Stops the server and starts a new one on the same port with the same store. */
    public void restart() {
        server.stop();
        server = newServer(port);
        server.start();
    }

    /** Stops the server (until {@link #startAgain()}). */
    public void stop() {
        server.stop();
    }

    /** Starts a new server on the same port and store after {@link #stop()}. */
    public void startAgain() {
        server = newServer(port);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** The running server. */
    public ChatServer server() {
        return server;
    }

    /** A valid HS256 token for {@code user}, one hour long. */
    public static String tokenFor(String user) {
        return JWT.create().withSubject(user).withIssuedAt(Instant.now())
                .withExpiresAt(Instant.now().plus(Duration.ofHours(1))).sign(Algorithm.HMAC256(SECRET));
    }

    /** Opens (or gets) the conversation of two users through the chat service; returns its id. */
    public long conversation(String a, String b) {
        return server.chat().openConversation(UserId.of(a), UserId.of(b)).orElseThrow().id();
    }

    @Override
    public void close() {
        server.stop();
    }
}
