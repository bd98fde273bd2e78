package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.StoreUnavailableException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The database goes silent (a partition: no reset, no answer) rather than refusing: sends still
 * fail within a bounded time, by the pool's connection timeout and the driver's socket timeout,
 * and the store recovers by itself when the network returns.
 */
class PostgresNetworkPartitionTest {

  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);
  /**
   * Seen here: 3 s (statement timeout 1 s + socket slack 2 s) for a connection in use, 1 s (the
   * connection timeout) for the next. The bound leaves room for a loaded 2-core machine.
   */
  private static final Duration BOUNDED = Duration.ofSeconds(8);

  @Test
  void sendsFailWithinBoundedTimeWhileTheDatabaseIsSilentAndRecoverAfter() throws Exception {
    try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
      URI direct = URI.create(db.url().substring("jdbc:".length()));
      try (BlackHoleProxy proxy = new BlackHoleProxy(new InetSocketAddress(direct.getHost(), direct.getPort()))) {
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath();
        try (JdbcChatStore store = JdbcChatStore.open(db.config().toBuilder()
            .url(viaProxy)
            .connectionTimeout(Duration.ofSeconds(1))
            .queryTimeout(Duration.ofSeconds(1))
            .build())) {
          Conversation c = store.openConversation(ALICE, BOB, Instant.EPOCH);
          Message before = store.append(draft(c, "before")).message();

          proxy.freeze();
          for (int i = 0; i < 2; i++) { // a connection in use, then the pool's next one
            long start = System.nanoTime();
            assertThatThrownBy(() -> store.append(draft(c, "during")))
                .isInstanceOf(StoreUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUNDED);
          }

          proxy.thaw();
          Message after = null;
          long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          while (after == null && System.nanoTime() < end) {
            try {
              after = store.append(draft(c, "after")).message();
            } catch (StoreUnavailableException stillDown) {
              // each attempt is bounded by the store's timeouts
            }
          }
          assertThat(after).as("a send after the partition healed").isNotNull();
          assertThat(store.history(c.id(), OptionalLong.empty(), 10)).containsExactly(before, after);
        }
      }
    }
  }

  private static MessageDraft draft(Conversation c, String content) {
    return new MessageDraft(c.id(), ALICE, BOB, content, Instant.EPOCH, null);
  }
}
