package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.core.Message;
import dev.chat.store.jdbc.JdbcChatStore;
import dev.chat.store.jdbc.PostgresTestDatabase;
import java.time.Duration;
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

  private static final Duration WAIT = Duration.ofSeconds(15);
  /** Connection timeout 1 s + statement timeout 1 s, plus slack for a loaded 2-core machine. */
  private static final Duration FAST = Duration.ofSeconds(8);
  private static final long ALICE = 2001;
  private static final long BOB = 2002;

  private PostgresTestDatabase db;
  private JdbcChatStore store;
  private OneConversationChat chat;

  @BeforeEach
  void start() {
    db = PostgresTestDatabase.create();
    store = JdbcChatStore.open(db.config().toBuilder()
        .connectionTimeout(Duration.ofSeconds(1))
        .queryTimeout(Duration.ofSeconds(1))
        .build());
    chat = OneConversationChat.start(store, ALICE, BOB);
  }

  @AfterEach
  void stop() {
    if (chat != null) {
      chat.close();
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
    try (RawSocketIoClient alice = RawSocketIoClient.connect(chat.port(), chat.token(ALICE), WAIT)) {
      JsonNode before = alice.emitWithAck("send_message", chat.sendMessage("before", "k-before"));
      assertThat(before.path("ok").asBoolean()).as(before.toString()).isTrue();

      db.cutOff();
      long start = System.nanoTime();
      JsonNode during = alice.emitWithAck("send_message", chat.sendMessage("during", "k-during"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
      assertThat(during.path("ok").asBoolean()).as(during.toString()).isFalse();
      assertThat(during.path("error").path("code").asText()).isEqualTo("STORE_UNAVAILABLE");
      assertThat(alice.takeEvents("error")).singleElement()
          .satisfies(e -> assertThat(e.path("message").asText()).isNotBlank());

      db.restore();
      JsonNode after = sendUntilStored(alice, chat.sendMessage("during", "k-during"));
      assertThat(after.path("message").path("content").asText()).isEqualTo("during");
    }
    assertThat(store.history(chat.conversationId(), OptionalLong.empty(), 10))
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
}
