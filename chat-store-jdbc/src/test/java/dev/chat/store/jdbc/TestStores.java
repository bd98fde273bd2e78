package dev.chat.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens fresh, empty {@link JdbcChatStore}s for the store tests and closes them all afterwards.
 * {@link #h2()}: a new H2 file database in a temporary folder per store. {@link #postgres()}: one
 * new PostgreSQL database per fixture, emptied before each store.
 */
public abstract class TestStores implements AutoCloseable {

  private final List<JdbcChatStore> open = new ArrayList<>();
  private JdbcStoreConfig last;

  /** @return a new, empty store */
  public final JdbcChatStore fresh() {
    closeStores();
    last = freshConfig();
    JdbcChatStore store = JdbcChatStore.open(last);
    open.add(store);
    return store;
  }

  /** @return the last fresh store's database opened again, as after a restart */
  public final JdbcChatStore reopen() {
    JdbcChatStore store = JdbcChatStore.open(last);
    open.add(store);
    return store;
  }

  /** @return settings of an empty database */
  protected abstract JdbcStoreConfig freshConfig();

  /** Closes every store this fixture opened. */
  public final void closeStores() {
    open.forEach(JdbcChatStore::close);
    open.clear();
  }

  @Override
  public void close() {
    closeStores();
  }

  /** @return H2 file databases, each in its own temporary folder */
  public static TestStores h2() {
    return new TestStores() {
      private final List<Path> dirs = new ArrayList<>();

      @Override
      protected JdbcStoreConfig freshConfig() {
        try {
          Path dir = Files.createTempDirectory("chat-h2-");
          dirs.add(dir);
          return JdbcStoreConfig.embedded(dir).toBuilder().maxPoolSize(4).build();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public void close() {
        super.close();
        for (Path dir : dirs) {
          try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          } catch (java.io.IOException ignored) {
            // best effort: it is a temporary folder
          }
        }
      }
    };
  }

  /** @return stores on one new PostgreSQL database, emptied before each; skips when absent */
  public static TestStores postgres() {
    PostgresTestDatabase db = PostgresTestDatabase.create();
    return new TestStores() {
      private boolean migrated;

      @Override
      protected JdbcStoreConfig freshConfig() {
        if (migrated) {
          try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE messages, conversations, notifications RESTART IDENTITY");
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not empty " + db.name(), e);
          }
        }
        migrated = true;
        return db.config();
      }

      @Override
      public void close() {
        super.close();
        db.close();
      }
    };
  }
}
