package dev.chat.bench.peer;

import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;

/**
 * Our server with the in-memory store, for the benchmark: the standalone jar always opens a JDBC
 * store (embedded H2 unless {@code CHAT_DB_URL} is set), so "ours" is the same {@link ChatServer}
 * the jar runs, built through the embedding API with its default store, the in-memory one.
 * Usage: {@code java -cp chat-bench.jar dev.chat.bench.peer.OursInMemoryServer <port>} with the
 * secret in {@code CHAT_JWT_SECRET}.
 */
public final class OursInMemoryServer {
  private OursInMemoryServer() {}

  /** Starts on 127.0.0.1 and the given port and serves until killed. */
  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "8000");
    String secret = System.getenv().getOrDefault("CHAT_JWT_SECRET", "bench-secret");
    ChatServerConfig config = ChatServerConfig.builder()
        .host("127.0.0.1")
        .port(port)
        .jwt(JwtConfig.builder().hmacSecret(secret).build())
        .build();
    ChatServer server = ChatServer.builder(config).build();
    System.out.println("ours (in-memory store) listening on " + server.start());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }
}
