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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageAppenderTest {

  private static final UserId ALICE = UserId.of(1);
  private static final UserId BOB = UserId.of(2);
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  @TempDir Path dir;
  private HikariDataSource ds;
  private Database database;
  private MessageAppender appender;
  private Conversation c;

  @BeforeEach
  void open() {
    SchemaMigrator.migrate(JdbcStoreConfig.embedded(dir));
    ds = ConnectionPools.open(JdbcStoreConfig.embedded(dir));
    database = new Database(ds, Duration.ofSeconds(5));
    appender = new MessageAppender(database, false);
    c = new ConversationQueries(database).open(ALICE, BOB, T0).conversation();
  }

  @AfterEach
  void close() {
    ds.close();
  }

  private MessageDraft draft(long conversationId, String content, String key) {
    return new MessageDraft(conversationId, ALICE, BOB, content, T0, key);
  }

  @Test
  void aFailingBatchLeavesNothingOfItVisible() {
    List<MessageDraft> batch = List.of(
        draft(c.id(), "fine", "k1"),
        draft(c.id() + 1000, "no such conversation", null),
        draft(c.id(), "also fine", null));
    assertThatThrownBy(() -> appender.commit(batch)).isInstanceOf(SQLException.class);
    assertThat(new MessageQueries(database).history(c.id(), OptionalLong.empty(), 10)).isEmpty();
  }

  @Test
  void keysRepeatedInOneBatchStoreOneMessageEach() throws Exception {
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
}
