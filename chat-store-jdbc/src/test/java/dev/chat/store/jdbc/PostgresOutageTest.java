package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.StoreUnavailableException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL outage: sends fail fast with {@link StoreUnavailableException}, nothing half-written
 * is left, and the store recovers by itself when the database returns. The outage is of the test's
 * own database only (connections refused and cut), never of the shared server.
 */
class PostgresOutageTest {

  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  /** Connection timeout 1 s + statement timeout 1 s, plus slack for a loaded 2-core machine. */
  private static final Duration FAST = Duration.ofSeconds(8);

  private PostgresTestDatabase db;
  private JdbcChatStore store;
  private Conversation c;

  @BeforeEach
  void open() {
    db = PostgresTestDatabase.create();
    store = JdbcChatStore.open(db.config().toBuilder()
        .connectionTimeout(Duration.ofSeconds(1))
        .queryTimeout(Duration.ofSeconds(1))
        .build());
    c = store.openConversation(ALICE, BOB, T0);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
    if (db != null) {
      db.close();
    }
  }

  private MessageDraft draft(String content) {
    return new MessageDraft(c.id(), ALICE, BOB, content, T0, null);
  }

  @Test
  void sendsFailFastDuringAnOutageAndSucceedAgainAfterIt() {
    Message before = store.append(draft("before")).message();

    db.cutOff();
    long start = System.nanoTime();
    assertThatThrownBy(() -> store.append(draft("during")))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("could not append the message: ");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    start = System.nanoTime();
    assertThatThrownBy(() -> store.history(c.id(), OptionalLong.empty(), 10))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("could not read the history: ");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);

    db.restore();
    Message after = appendOnceRecovered("after", Duration.ofSeconds(30));
    assertThat(store.history(c.id(), OptionalLong.empty(), 10)).containsExactly(before, after);
  }

  @Test
  void aServerSideDisconnectOfEveryConnectionIsRecoveredAtOnce() {
    Message before = store.append(draft("before")).message();
    db.terminateConnections();
    // The pool finds its connections dead and opens new ones; at most the failed send is lost.
    Message after = appendOnceRecovered("after", Duration.ofSeconds(30));
    assertThat(store.history(c.id(), OptionalLong.empty(), 10)).containsExactly(before, after);
  }

  @Test
  void aStatementThatHangsOnALockTimesOutAndStoresNothing() throws Exception {
    try (Connection locker = db.connect(); Statement s = locker.createStatement()) {
      locker.setAutoCommit(false);
      s.execute("LOCK TABLE messages IN ACCESS EXCLUSIVE MODE");
      long start = System.nanoTime();
      assertThatThrownBy(() -> store.append(draft("blocked")))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageStartingWith("could not append the message: ");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
      locker.rollback();
    }
    Message after = store.append(draft("after")).message();
    assertThat(store.history(c.id(), OptionalLong.empty(), 10)).containsExactly(after);
  }

  /** Retries the send, as a client would, until it succeeds or the deadline passes. */
  private Message appendOnceRecovered(String content, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    StoreUnavailableException last = null;
    while (System.nanoTime() < end) {
      try {
        return store.append(draft(content)).message();
      } catch (StoreUnavailableException e) {
        last = e; // each attempt is itself bounded by the store's timeouts
      }
    }
    throw new AssertionError("the store did not recover within " + deadline, last);
  }
}
