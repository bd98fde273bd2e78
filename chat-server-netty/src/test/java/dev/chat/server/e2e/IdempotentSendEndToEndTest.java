package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.core.Message;
import dev.chat.store.jdbc.JdbcChatStore;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.nio.file.Path;
import java.time.Duration;
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
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long ALICE = 3001;
  private static final long BOB = 3002;

  @TempDir Path dataDir;
  private JdbcChatStore store;
  private OneConversationChat chat;

  @BeforeEach
  void start() {
    store = JdbcChatStore.open(JdbcStoreConfig.embedded(dataDir));
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
  }

  @Test
  void aRetryReturnsTheStoredMessageAndBroadcastsNothingNew() throws Exception {
    try (RawSocketIoClient alice = RawSocketIoClient.connect(chat.port(), chat.token(ALICE), WAIT);
        RawSocketIoClient bob = RawSocketIoClient.connect(chat.port(), chat.token(BOB), WAIT)) {
      JsonNode joined = bob.emitWithAck("join_conversation", JSON.getNodeFactory().numberNode(chat.conversationId()));
      assertThat(joined.path("ok").asBoolean()).as(joined.toString()).isTrue();

      JsonNode first = alice.emitWithAck("send_message", chat.sendMessage("hello", "retry-me"));
      assertThat(first.path("ok").asBoolean()).as(first.toString()).isTrue();
      JsonNode retry = alice.emitWithAck("send_message", chat.sendMessage("hello", "retry-me"));
      assertThat(retry).isEqualTo(first);
      JsonNode other = alice.emitWithAck("send_message", chat.sendMessage("next", "another"));
      assertThat(other.path("ok").asBoolean()).as(other.toString()).isTrue();

      // Broadcasts to one socket keep their order: had the retry broadcast, it would come second.
      assertThat(bob.nextEvent("new_message").path("id")).isEqualTo(first.path("message").path("id"));
      assertThat(bob.nextEvent("new_message").path("id")).isEqualTo(other.path("message").path("id"));
      assertThat(bob.nextEvent("message_notification").path("id")).isEqualTo(first.path("message").path("id"));
      assertThat(bob.nextEvent("message_notification").path("id")).isEqualTo(other.path("message").path("id"));
      assertThat(bob.takeEvents("new_message")).isEmpty();
      assertThat(bob.takeEvents("message_notification")).isEmpty();
    }
    assertThat(store.history(chat.conversationId(), OptionalLong.empty(), 10))
        .extracting(Message::content).containsExactly("hello", "next");
  }
}
