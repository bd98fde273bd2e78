package dev.chat.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.chat.core.Conversation;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import dev.chat.core.Message;
import dev.chat.store.jdbc.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class MessageAppenderTest {

  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir Path dir;
  private PostgresTestDatabase postgres;
  private HikariDataSource ds;
  private Database database;
  private MessageAppender appender;
  private Conversation c;

  /** Opens an empty H2 database, or PostgreSQL (with its one-statement array insert). */
  private void open(String db) {
    JdbcStoreConfig config;
    if (db.equals("postgres")) {
      postgres = PostgresTestDatabase.create();
      config = postgres.config();
    } else {
      config = JdbcStoreConfig.embedded(dir);
    }
    SchemaMigrator.migrate(config);
    ds = ConnectionPools.open(config);
    database = new Database(ds, Duration.ofSeconds(5));
    appender = new MessageAppender(database, config.isPostgres());
    c = new ConversationQueries(database).open(ALICE, BOB, T0).conversation();
  }

  @AfterEach
  void close() {
    if (ds != null) {
      ds.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private MessageDraft draft(long conversationId, String content, String key) {
    return new MessageDraft(conversationId, ALICE, BOB, content, T0, key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aFailingBatchLeavesNothingOfItVisible(String db) {
    open(db);
    List<MessageDraft> batch = List.of(
        draft(c.id(), "fine", "k1"),
        draft(c.id() + 1000, "no such conversation", null),
        draft(c.id(), "also fine", null));
    assertThatThrownBy(() -> appender.commit(batch)).isInstanceOf(SQLException.class);
    // Without idempotency keys (PostgreSQL: one auto-committed statement) just the same.
    assertThatThrownBy(() -> appender.commit(batch.subList(1, 3))).isInstanceOf(SQLException.class);
    assertThat(new MessageQueries(database).history(c.id(), OptionalLong.empty(), 10)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void keysRepeatedInOneBatchStoreOneMessageEach(String db) throws Exception {
    open(db);
    List<AppendResult> results = appender.commit(List.of(
        draft(c.id(), "a", "k1"),
        draft(c.id(), "b", null),
        draft(c.id(), "a again", "k1"),
        draft(c.id(), "c", "k2"),
        draft(c.id(), "b again", null)));
    assertThat(results).extracting(AppendResult::created).containsExactly(true, true, false, true, true);
    assertThat(results.get(2).message()).isEqualTo(results.get(0).message());
    assertThat(results.get(0).message().content()).isEqualTo("a");
    assertThat(results).extracting(r -> r.message().id()).element(1).isEqualTo(results.get(0).message().id() + 1);

    List<AppendResult> retried = appender.commit(List.of(draft(c.id(), "c", "k2"), draft(c.id(), "a", "k1")));
    assertThat(retried).containsExactly(
        new AppendResult(results.get(3).message(), false),
        new AppendResult(results.get(0).message(), false));
    assertThat(new MessageQueries(database).history(c.id(), OptionalLong.empty(), 10)).hasSize(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aBatchKeepsEveryFieldAndTakesIdsInOrder(String db) throws Exception {
    open(db);
    // Characters that array literals must escape, and created_at with its milliseconds.
    List<String> contents = List.of("plain", "comma, {brace} \"quote\" back\\slash", "NULL", "", "ünïcødé ✓ \n line");
    List<MessageDraft> batch = new java.util.ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      batch.add(new MessageDraft(c.id(), i % 2 == 0 ? ALICE : BOB, i % 2 == 0 ? BOB : ALICE, contents.get(i),
          T0.plusMillis(1_001L * i + 7), i == 1 ? "key, {1}" : null));
    }
    List<AppendResult> results = appender.commit(batch);

    assertThat(results).extracting(AppendResult::created).containsOnly(true);
    List<Message> stored = new MessageQueries(database).history(c.id(), OptionalLong.empty(), 10);
    assertThat(stored).containsExactlyElementsOf(results.stream().map(AppendResult::message).toList());
    for (int i = 0; i < batch.size(); i++) {
      MessageDraft d = batch.get(i);
      Message m = stored.get(i);
      assertThat(m.content()).isEqualTo(d.content());
      assertThat(m.createdAt()).isEqualTo(d.createdAt());
      assertThat(m.senderId()).isEqualTo(d.senderId());
      assertThat(m.receiverId()).isEqualTo(d.receiverId());
      assertThat(m.clientMessageId()).isEqualTo(d.clientMessageId());
      assertThat(m.read()).isFalse();
      if (i > 0) {
        assertThat(m.id()).isGreaterThan(stored.get(i - 1).id());
      }
    }
  }
}
