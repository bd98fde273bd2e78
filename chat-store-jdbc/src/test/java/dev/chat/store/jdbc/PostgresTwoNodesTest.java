package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (two stores, each with its own pool and writer) on one PostgreSQL database: every
 * send is stored once, one conversation per pair, and ids grow in commit order across the nodes,
 * so a reader that tails a conversation by id never sees a smaller id appear after a larger one.
 */
class PostgresTwoNodesTest {

  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);

  @Test
  void twoNodesAppendingAtOnceCommitInIdOrder() throws Exception {
    int threadsPerNode = 4;
    int each = 60;
    ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerNode + 1);
    try (PostgresTestDatabase db = PostgresTestDatabase.create();
        JdbcChatStore a = JdbcChatStore.open(db.config().toBuilder().maxPoolSize(2).build());
        JdbcChatStore b = JdbcChatStore.open(db.config().toBuilder().maxPoolSize(2).build())) {
      Conversation c = a.openConversation(ALICE, BOB, Instant.EPOCH);
      assertThat(b.openConversation(BOB, ALICE, Instant.EPOCH)).isEqualTo(c);

      AtomicBoolean sending = new AtomicBoolean(true);
      Future<Integer> tail = threads.submit(() -> tailNeverSeesAGapFilled(db, c.id(), sending));
      List<Callable<Void>> senders = new ArrayList<>();
      for (JdbcChatStore node : List.of(a, b)) {
        for (int t = 0; t < threadsPerNode; t++) {
          String prefix = (node == a ? "a" : "b") + t + ":";
          senders.add(() -> {
            for (int i = 0; i < each; i++) {
              AppendResult r = node.append(new MessageDraft(c.id(), ALICE, BOB, prefix + i, Instant.EPOCH,
                  prefix + i));
              assertThat(r.created()).isTrue();
            }
            return null;
          });
        }
      }
      for (Future<Void> f : threads.invokeAll(senders, 120, TimeUnit.SECONDS)) {
        f.get();
      }
      sending.set(false);
      assertThat(tail.get(30, TimeUnit.SECONDS)).isGreaterThan(1);

      int total = 2 * threadsPerNode * each;
      List<Message> history = a.history(c.id(), OptionalLong.empty(), total + 10);
      assertThat(history).hasSize(total);
      assertThat(history).extracting(Message::clientMessageId).doesNotHaveDuplicates();
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Polls the conversation's ids; fails if an id at or below the highest already seen shows up
   * later. Returns how many polls it made.
   */
  private static int tailNeverSeesAGapFilled(PostgresTestDatabase db, long conversationId, AtomicBoolean sending)
      throws Exception {
    long highest = 0;
    long seenCount = 0;
    int polls = 0;
    try (Connection c = db.connect();
        PreparedStatement upTo = c.prepareStatement(
            "SELECT count(*), coalesce(max(id), 0) FROM messages WHERE conversation_id = ?")) {
      boolean last = false;
      while (!last) {
        last = !sending.get();
        upTo.setLong(1, conversationId);
        try (ResultSet rs = upTo.executeQuery()) {
          rs.next();
          long count = rs.getLong(1);
          long max = rs.getLong(2);
          try (PreparedStatement below = c.prepareStatement(
              "SELECT count(*) FROM messages WHERE conversation_id = ? AND id <= ?")) {
            below.setLong(1, conversationId);
            below.setLong(2, highest);
            try (ResultSet old = below.executeQuery()) {
              old.next();
              assertThat(old.getLong(1)).as("messages at or below id %d", highest).isEqualTo(seenCount);
            }
          }
          highest = max;
          seenCount = count;
        }
        polls++;
      }
    }
    return polls;
  }
}
