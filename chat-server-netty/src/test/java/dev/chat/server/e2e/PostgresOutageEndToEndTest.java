package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.store.jdbc.JdbcChatStore;
import dev.chat.store.jdbc.PostgresTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat server on PostgreSQL through an outage of its database: a send during the outage is
 * answered within seconds with {@code STORE_UNAVAILABLE} (ack and {@code error} event), the socket
 * stays connected, and the same socket's sends succeed again once the database is back, with no
 * restart. The outage is of the test's own database only.
 */
class PostgresOutageEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "postgres-outage-test-secret-0123456789";
  private static final Duration WAIT = Duration.ofSeconds(15);
  /** Connection timeout 1 s + statement timeout 1 s, plus slack for a loaded 2-core machine. */
  private static final Duration FAST = Duration.ofSeconds(8);
  private static final long ALICE = 2001;
  private static final long BOB = 2002;

  private PostgresTestDatabase db;
  private JdbcChatStore store;
  private ChatServer server;
  private int port;
  private long conversationId;

  @BeforeEach
  void start() {
    db = PostgresTestDatabase.create();
    store = JdbcChatStore.open(db.config().toBuilder()
        .connectionTimeout(Duration.ofSeconds(1))
        .queryTimeout(Duration.ofSeconds(1))
        .build());
    server = ChatServer.builder(ChatServerConfig.builder()
            .host("127.0.0.1")
            .port(0)
            .jwt(JwtConfig.builder().hmacSecret(SECRET).build())
            .build())
        .store(store)
        .build();
    port = server.start().getPort();
    conversationId = store.openConversation(UserId.of(ALICE), UserId.of(BOB), Instant.now()).id();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (store != null) {
      store.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void sendsFailFastWithStoreUnavailableAndRecoverOnTheSameSocket() throws Exception {
    try (RawSocketIoClient alice = RawSocketIoClient.connect(port, token(ALICE), WAIT)) {
      JsonNode before = alice.emitWithAck("send_message", send("before", "k-before"));
      assertThat(before.path("ok").asBoolean()).as(before.toString()).isTrue();

      db.cutOff();
      long start = System.nanoTime();
      JsonNode during = alice.emitWithAck("send_message", send("during", "k-during"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
      assertThat(during.path("ok").asBoolean()).as(during.toString()).isFalse();
      assertThat(during.path("error").path("code").asText()).isEqualTo("STORE_UNAVAILABLE");
      assertThat(alice.takeEvents("error")).singleElement()
          .satisfies(e -> assertThat(e.path("message").asText()).isNotBlank());

      db.restore();
      JsonNode after = sendUntilStored(alice, send("during", "k-during"));
      assertThat(after.path("message").path("content").asText()).isEqualTo("during");
    }
    assertThat(store.history(conversationId, OptionalLong.empty(), 10))
        .extracting(Message::content).containsExactly("before", "during");
  }

  /** Retries a send as a client would after STORE_UNAVAILABLE, each try bounded, for at most 30 s. */
  private static JsonNode sendUntilStored(RawSocketIoClient client, ObjectNode payload) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode last = null;
    while (System.nanoTime() < end) {
      last = client.emitWithAck("send_message", payload);
      if (last.path("ok").asBoolean()) {
        return last;
      }
      assertThat(last.path("error").path("code").asText()).isEqualTo("STORE_UNAVAILABLE");
      client.takeEvents("error");
    }
    throw new AssertionError("sends did not recover within 30 s; last ack " + last);
  }

  private ObjectNode send(String content, String clientMessageId) {
    return JSON.createObjectNode()
        .put("conversationId", conversationId)
        .put("content", content)
        .put("toUserId", BOB)
        .put("clientMessageId", clientMessageId);
  }

  private static String token(long user) {
    return JWT.create().withSubject(Long.toString(user))
        .withExpiresAt(Instant.now().plusSeconds(3600))
        .sign(Algorithm.HMAC256(SECRET));
  }
}
