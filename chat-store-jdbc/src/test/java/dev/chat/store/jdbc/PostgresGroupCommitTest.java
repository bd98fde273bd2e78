package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Group commit on a real PostgreSQL: sends that arrive while a commit is in progress share the
 * next transaction. Proved with PostgreSQL's own bookkeeping: rows inserted by one transaction
 * share one {@code xmin}.
 */
class PostgresGroupCommitTest {

  @Test
  void sendsQueuedBehindABusyCommitShareOneTransaction() throws Exception {
    int senders = 20;
    ExecutorService threads = Executors.newFixedThreadPool(senders);
    try (PostgresTestDatabase db = PostgresTestDatabase.create();
        JdbcChatStore store = JdbcChatStore.open(db.config())) {
      Conversation c = store.openConversation(UserId.of(1), UserId.of(2), Instant.EPOCH);
      List<Future<AppendResult>> sends = new ArrayList<>();
      try (Connection locker = db.connect(); Statement s = locker.createStatement()) {
        // Hold the writer's first batch on a lock, so that every other send queues behind it.
        locker.setAutoCommit(false);
        s.execute("LOCK TABLE messages IN EXCLUSIVE MODE");
        for (int i = 0; i < senders; i++) {
          String content = "m" + i;
          sends.add(threads.submit(() -> store.append(
              new MessageDraft(c.id(), UserId.of(1), UserId.of(2), content, Instant.EPOCH, null))));
          if (i == 0) {
            awaitWriterBlocked(locker, db); // the first batch is exactly the first send
          }
        }
        awaitQueued(store, senders - 1);
        locker.commit();
      }
      for (Future<AppendResult> f : sends) {
        assertThat(f.get(30, TimeUnit.SECONDS).created()).isTrue();
      }
      try (Connection c2 = db.connect(); Statement s = c2.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT xmin::text) FROM messages")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(senders);
        // The first send waited on the lock alone; all the others came in one transaction.
        assertThat(rs.getInt(2)).isEqualTo(2);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Waits, bounded, until the writer's transaction waits on the test's lock. */
  private static void awaitWriterBlocked(Connection locker, PostgresTestDatabase db) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Statement s = locker.createStatement()) {
      while (System.nanoTime() < end) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
            + db.name() + "' AND wait_event_type = 'Lock'")) {
          rs.next();
          if (rs.getInt(1) == 1) {
            return;
          }
        }
      }
    }
    throw new AssertionError("the writer never blocked on the test's lock");
  }

  /** Waits, bounded, until that many sends are queued for the writer. */
  private static void awaitQueued(JdbcChatStore store, int count) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (store.queuedAppends() < count) {
      if (System.nanoTime() > end) {
        throw new AssertionError("only " + store.queuedAppends() + " of " + count + " sends queued");
      }
      Thread.yield();
    }
  }
}
