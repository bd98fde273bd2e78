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
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that retries {@code send_message} with the same {@code clientMessageId} (after a
 * timeout, say) gets the stored message back and the other side sees it once: no duplicate in
 * history, no second {@code new_message} or {@code message_notification}. On the JDBC store.
 */
class IdempotentSendEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "idempotent-send-test-secret-0123456789";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long ALICE = 3001;
  private static final long BOB = 3002;

  @TempDir Path dataDir;
  private JdbcChatStore store;
  private ChatServer server;
  private int port;
  private long conversationId;

  @BeforeEach
  void start() {
    store = JdbcChatStore.open(JdbcStoreConfig.embedded(dataDir));
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
  }

  @Test
  void aRetryReturnsTheStoredMessageAndBroadcastsNothingNew() throws Exception {
    try (RawSocketIoClient alice = RawSocketIoClient.connect(port, token(ALICE), WAIT);
        RawSocketIoClient bob = RawSocketIoClient.connect(port, token(BOB), WAIT)) {
      JsonNode joined = bob.emitWithAck("join_conversation", JSON.getNodeFactory().numberNode(conversationId));
      assertThat(joined.path("ok").asBoolean()).as(joined.toString()).isTrue();

      JsonNode first = alice.emitWithAck("send_message", send("hello", "retry-me"));
      assertThat(first.path("ok").asBoolean()).as(first.toString()).isTrue();
      JsonNode retry = alice.emitWithAck("send_message", send("hello", "retry-me"));
      assertThat(retry).isEqualTo(first);
      JsonNode other = alice.emitWithAck("send_message", send("next", "another"));
      assertThat(other.path("ok").asBoolean()).as(other.toString()).isTrue();

      // Broadcasts to one socket keep their order: had the retry broadcast, it would come second.
      assertThat(bob.nextEvent("new_message").path("id")).isEqualTo(first.path("message").path("id"));
      assertThat(bob.nextEvent("new_message").path("id")).isEqualTo(other.path("message").path("id"));
      assertThat(bob.nextEvent("message_notification").path("id")).isEqualTo(first.path("message").path("id"));
      assertThat(bob.nextEvent("message_notification").path("id")).isEqualTo(other.path("message").path("id"));
      assertThat(bob.takeEvents("new_message")).isEmpty();
      assertThat(bob.takeEvents("message_notification")).isEmpty();
    }
    assertThat(store.history(conversationId, OptionalLong.empty(), 10))
        .extracting(Message::content).containsExactly("hello", "next");
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
