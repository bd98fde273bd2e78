package dev.chat.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.chat.store.jdbc.JdbcStoreConfig;
import dev.chat.store.jdbc.PostgresTestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

  @TempDir Path dataDir;

  @Test
  void h2FileDatabaseGetsTheSchemaOnceAndItsIndexes() throws Exception {
    JdbcStoreConfig config = JdbcStoreConfig.embedded(dataDir);
    assertThat(SchemaMigrator.migrate(config)).isEqualTo(1);
    assertThat(SchemaMigrator.migrate(config)).isZero();
    try (HikariDataSource ds = ConnectionPools.open(config)) {
      assertIndexes(ds);
    }
    assertThat(dataDir.resolve("chat.mv.db")).exists();
  }

  @Test
  void postgresGetsTheSchemaOnceAndItsIndexes() throws Exception {
    try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
      assertThat(SchemaMigrator.migrate(db.config())).isEqualTo(1);
      assertThat(SchemaMigrator.migrate(db.config())).isZero();
      try (HikariDataSource ds = ConnectionPools.open(db.config())) {
        assertIndexes(ds);
      }
    }
  }

  @Test
  void severalNodesMigratingOnePostgresAtOnceApplyEachVersionOnce() throws Exception {
    int nodes = 4;
    try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
      ExecutorService starts = Executors.newFixedThreadPool(nodes);
      try {
        List<Callable<Integer>> migrations = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
          migrations.add(() -> SchemaMigrator.migrate(db.config()));
        }
        int applied = 0;
        for (Future<Integer> f : starts.invokeAll(migrations, 60, TimeUnit.SECONDS)) {
          applied += f.get();
        }
        assertThat(applied).isEqualTo(1);
      } finally {
        starts.shutdownNow();
      }
      try (HikariDataSource ds = ConnectionPools.open(db.config())) {
        assertIndexes(ds);
      }
    }
  }

  /** The indexes the queries need, with their columns in order, read through JDBC metadata. */
  private static void assertIndexes(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      Map<String, String> messages = indexes(c, "messages");
      assertThat(messages).containsValues(
          "conversation_id,id",
          "receiver_id,is_read,conversation_id,id",
          "UNIQUE sender_id,client_message_id");
      assertThat(indexes(c, "conversations")).containsValues(
          "UNIQUE user_low,user_high", "user_high,id");
      assertThat(indexes(c, "notifications")).containsValues("user_id,id");
    }
  }

  private static Map<String, String> indexes(Connection c, String table) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null) {
          continue;
        }
        columns.computeIfAbsent(name, n -> new TreeMap<>())
            .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase());
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    columns.forEach((name, cols) ->
        out.put(name, (unique.get(name) ? "UNIQUE " : "") + String.join(",", cols.values())));
    return out;
  }
}
