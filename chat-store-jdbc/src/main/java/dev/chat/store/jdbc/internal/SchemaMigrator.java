package dev.chat.store.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema migrations with Flyway. On PostgreSQL Flyway holds an advisory
 * lock while it migrates, so several nodes starting at once apply each version exactly once.
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
   * @param dataSource the database
   * @return how many migrations this call applied (0 when already up to date)
   */
  public static int migrate(DataSource dataSource) {
    MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true)
        .load()
        .migrate();
    return result.migrationsExecuted;
  }
}
