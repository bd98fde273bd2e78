package dev.chat.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.core.UserId;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With a store that commits in the background, sends in flight are not bounded by the server's
 * worker threads: one worker hands every send to the store, and the acks and broadcasts follow the
 * commit, in the order sent.
 */
class AsyncSendEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final long ALICE = 4001;
  private static final long BOB = 4002;

  private final DeferredCommitStore store = new DeferredCommitStore();
  private ChatServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void oneWorkerHandsEverySendToTheStoreAndAcksFollowTheCommitInOrder() throws Exception {
    server = ChatServer.builder(ChatServerConfig.builder()
            .host("127.0.0.1")
            .port(0)
            .jwt(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build())
            .build())
        .store(store)
        .workerThreads(1)
        .build();
    int port = server.start().getPort();
    long conversation = store.openConversation(UserId.of(ALICE), UserId.of(BOB), Instant.now()).id();
    int sends = 8;
    try (RawSocketIoClient alice = RawSocketIoClient.connect(port, TestTokens.hs256(Long.toString(ALICE)), WAIT);
        RawSocketIoClient bob = RawSocketIoClient.connect(port, TestTokens.hs256(Long.toString(BOB)), WAIT)) {
      JsonNode joined = bob.emitWithAck("join_conversation", JSON.getNodeFactory().numberNode(conversation));
      assertThat(joined.path("ok").asBoolean()).as(joined.toString()).isTrue();

      List<Long> ackIds = new ArrayList<>();
      for (int i = 0; i < sends; i++) {
        ackIds.add(alice.emitAskingAck("send_message", JSON.createObjectNode()
            .put("conversationId", conversation).put("content", "m" + i).put("toUserId", BOB)));
      }
      // A worker waiting for each commit would hand over one send and stop there.
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (store.pending() < sends && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(store.pending()).isEqualTo(sends);
      assertThat(bob.takeEvents("new_message")).isEmpty();

      store.commitAll();
      long lastId = 0;
      for (int i = 0; i < sends; i++) {
        RawSocketIoClient.Ack ack = alice.nextAck();
        assertThat(ack.id()).isEqualTo(ackIds.get(i));
        assertThat(ack.value().path("ok").asBoolean()).as(ack.value().toString()).isTrue();
        JsonNode message = ack.value().path("message");
        assertThat(message.path("content").asText()).isEqualTo("m" + i);
        assertThat(message.path("id").asLong()).isGreaterThan(lastId);
        lastId = message.path("id").asLong();
        assertThat(bob.nextEvent("new_message").path("id")).isEqualTo(message.path("id"));
      }
    }
  }
}
