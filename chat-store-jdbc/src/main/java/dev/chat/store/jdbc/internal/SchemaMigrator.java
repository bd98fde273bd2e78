package dev.chat.store.jdbc.internal;

import dev.chat.store.jdbc.JdbcStoreConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies the versioned schema migrations with Flyway. On PostgreSQL Flyway holds an advisory
 * lock while it migrates, so several nodes starting at once apply each version exactly once.
 *
 * <p>Flyway gets its own connection, not one from the pool: the pool's socket timeout bounds the
 * chat's short statements, while a migration (an index on a large table, say) may rightly take
 * longer.
 */
public final class SchemaMigrator {

  /** Where the migration scripts are, one set for H2 and PostgreSQL. */
  public static final String LOCATION = "classpath:dev/chat/store/jdbc/migration";

  /** Flyway's history table; named for the chat so it never meets an application's own. */
  public static final String HISTORY_TABLE = "chat_schema_history";

  private SchemaMigrator() {}

  /**
   * Brings the schema up to the newest version.
   *
   * @param config the database
   * @return how many migrations this call applied (0 when already up to date)
   */
  public static int migrate(JdbcStoreConfig config) {
    FluentConfiguration flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(config.url(), config.user().isEmpty() ? null : config.user(),
            config.password().isEmpty() ? null : config.password())
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true);
    return flyway.load().migrate().migrationsExecuted;
  }
}
