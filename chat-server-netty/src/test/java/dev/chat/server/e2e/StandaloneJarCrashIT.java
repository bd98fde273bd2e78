package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.store.jdbc.JdbcStoreConfig;
import dev.chat.store.jdbc.PostgresTestDatabase;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the packaged standalone server ({@code java -jar chat-server.jar},
 * default storage: the embedded database under {@code CHAT_DATA_DIR}) takes N acknowledged sends
 * and a mark-read, is killed with SIGKILL
 * right after the last ack, restarts on the same folder, and its HTTP API shows all N messages
 * with their read state. Also: a retried send with the same {@code clientMessageId} is answered
 * with the stored message, before and after the crash. The same on PostgreSQL ({@code CHAT_DB_URL}).
 */
class StandaloneJarCrashIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "standalone-crash-test-secret-0123456789";
  private static final String ADMIN = "standalone-crash-admin-token";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int N = 20;
  private static final long ALICE = 1001;
  private static final long BOB = 1002;

  @TempDir Path dataDir;
  @TempDir Path logs;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
  private final List<Process> servers = new ArrayList<>();

  private Map<String, String> storage = Map.of();

  @AfterEach
  void killServers() throws InterruptedException {
    for (Process p : servers) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    servers.clear();
  }

  @Test
  void everyAcknowledgedMessageSurvivesKillDashNineWithItsReadState() throws Exception {
    crashAndRestart(Map.of("CHAT_DATA_DIR", dataDir.toString()));
  }

  @Test
  void onPostgresToo() throws Exception {
    try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
      JdbcStoreConfig pg = db.config();
      crashAndRestart(Map.of("CHAT_DB_URL", pg.url(), "CHAT_DB_USER", pg.user(), "CHAT_DB_PASSWORD", pg.password()));
      killServers(); // before the database is dropped
    }
  }

  private void crashAndRestart(Map<String, String> storage) throws Exception {
    this.storage = storage;
    int port = freePort();
    Process first = startServer(port, "first");
    long conversationId = openConversation(port);
    List<JsonNode> acked = new ArrayList<>();
    try (RawSocketIoClient alice = RawSocketIoClient.connect(port, token(ALICE), WAIT);
        RawSocketIoClient bob = RawSocketIoClient.connect(port, token(BOB), WAIT)) {
      for (int i = 0; i < N; i++) {
        if (i == N / 2) {
          JsonNode read = bob.emitWithAck("mark_read", JSON.createObjectNode().put("conversationId", conversationId));
          assertThat(read.path("ok").asBoolean()).as("mark_read ack %s", read).isTrue();
        }
        acked.add(send(alice, conversationId, i));
      }
      JsonNode retried = alice.emitWithAck("send_message", sendPayload(conversationId, 0));
      assertThat(retried.path("message").path("id")).isEqualTo(acked.get(0).path("message").path("id"));
      assertThat(retried.path("message").path("is_read").asBoolean()).as("the stored message, read since").isTrue();
      first.destroyForcibly(); // SIGKILL right after the last ack: no shutdown hook runs
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    startServer(port, "second");
    JsonNode history = get(port, "/api/conversations/" + conversationId + "/messages?limit=100", token(BOB));
    JsonNode messages = history.isArray() ? history : history.path("messages");
    assertThat(messages).hasSize(N);
    for (int i = 0; i < N; i++) {
      JsonNode m = messages.get(i);
      JsonNode sent = acked.get(i).path("message");
      assertThat(m.path("id")).isEqualTo(sent.path("id"));
      assertThat(m.path("content").asText()).isEqualTo("m" + i);
      assertThat(m.path("is_read").asBoolean()).as("is_read of m%d", i).isEqualTo(i < N / 2);
      assertThat(m.path("read_at").isNull()).as("read_at of m%d", i).isEqualTo(i >= N / 2);
    }
    try (RawSocketIoClient alice = RawSocketIoClient.connect(port, token(ALICE), WAIT)) {
      JsonNode retried = alice.emitWithAck("send_message", sendPayload(conversationId, N - 1));
      assertThat(retried.path("message").path("id")).isEqualTo(acked.get(N - 1).path("message").path("id"));
    }
  }

  private JsonNode send(RawSocketIoClient client, long conversationId, int i) throws Exception {
    JsonNode ack = client.emitWithAck("send_message", sendPayload(conversationId, i));
    assertThat(ack.path("ok").asBoolean()).as("send_message ack %s", ack).isTrue();
    return ack;
  }

  private static ObjectNode sendPayload(long conversationId, int i) {
    return JSON.createObjectNode()
        .put("conversationId", conversationId)
        .put("content", "m" + i)
        .put("toUserId", BOB)
        .put("clientMessageId", "c" + i);
  }

  private long openConversation(int port) throws Exception {
    ObjectNode body = JSON.createObjectNode();
    body.putArray("participants").add(ALICE).add(BOB);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/api/conversations"))
        .timeout(WAIT)
        .header("Authorization", "Bearer " + ADMIN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).path("id").asLong();
  }

  private JsonNode get(int port, String path, String token) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, path))
        .timeout(WAIT)
        .header("Authorization", "Bearer " + token)
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private Process startServer(int port, String name) throws Exception {
    Path jar = Path.of(System.getProperty("chat.jar", "target/chat-server.jar"));
    assertThat(jar).as("the shaded jar built by package").isRegularFile();
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("CHAT_") || k.equals("PORT"));
    env.put("PORT", Integer.toString(port));
    env.put("CHAT_HOST", "127.0.0.1");
    env.put("CHAT_JWT_SECRET", SECRET);
    env.put("CHAT_ADMIN_TOKEN", ADMIN);
    env.putAll(storage);
    Path log = logs.resolve(name + ".log");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    servers.add(p);
    awaitHealthy(port, p, log);
    return p;
  }

  /** Polls {@code /health} (each try bounded) until it answers 200, the process dies, or 60 s pass. */
  private void awaitHealthy(int port, Process p, Path log) throws Exception {
    Instant end = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(end)) {
      if (!p.isAlive()) {
        throw new AssertionError("the server exited with " + p.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/health"))
            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (ConnectException notYet) {
        p.waitFor(100, TimeUnit.MILLISECONDS); // bounded pause that also notices an early exit
      } catch (IOException notYet) {
        p.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
    throw new AssertionError("the server did not become healthy within 60 s:\n" + Files.readString(log));
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String token(long user) {
    return JWT.create().withSubject(Long.toString(user))
        .withExpiresAt(Instant.now().plusSeconds(3600))
        .sign(Algorithm.HMAC256(SECRET));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
