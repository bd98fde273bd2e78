package dev.chat.store.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, dropped by {@link #close()}.
 *
 * <p>The server is the one at {@code CHAT_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) as {@code CHAT_TEST_PG_USER} (default
 * {@code postgres}). When it cannot be reached the test is skipped with a message saying so, unless
 * {@code CHAT_REQUIRE_SERVICES=true} (as in CI), where it fails.
 */
public final class PostgresTestDatabase implements AutoCloseable {

  private static final String ADMIN_URL =
      envOr("CHAT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String ADMIN_USER = envOr("CHAT_TEST_PG_USER", "postgres");
  private static final String ADMIN_PASSWORD = envOr("CHAT_TEST_PG_PASSWORD", "");

  private final String name;
  private final String url;

  private PostgresTestDatabase(String name, String url) {
    this.name = name;
    this.url = url;
  }

  /**
   * Creates a new empty database, or skips/fails the test when PostgreSQL is absent.
   *
   * @return the database
   */
  public static PostgresTestDatabase create() {
    requireServer();
    String name = "chat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    int slash = ADMIN_URL.lastIndexOf('/');
    int query = ADMIN_URL.indexOf('?', slash);
    String url = ADMIN_URL.substring(0, slash + 1) + name + (query < 0 ? "" : ADMIN_URL.substring(query));
    return new PostgresTestDatabase(name, url);
  }

  /** Skips the calling test when PostgreSQL is unreachable, or fails it when services are required. */
  public static void requireServer() {
    try (Connection ignored = adminConnection()) {
      // reachable
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + ADMIN_URL + " as " + ADMIN_USER
          + " (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CHAT_REQUIRE_SERVICES"))) {
        fail(message + "; CHAT_REQUIRE_SERVICES=true, so this is a failure");
      }
      Assumptions.abort(message + "; skipping (set CHAT_REQUIRE_SERVICES=true to fail instead)");
    }
  }

  /** @return the database's name */
  public String name() {
    return name;
  }

  /** @return the JDBC URL of this database */
  public String url() {
    return url;
  }

  /** @return store settings on this database with a small pool (the server is shared) */
  public JdbcStoreConfig config() {
    return JdbcStoreConfig.builder()
        .url(url)
        .user(ADMIN_USER)
        .password(ADMIN_PASSWORD)
        .maxPoolSize(4)
        .connectionTimeout(Duration.ofSeconds(2))
        .queryTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** @return a new connection to this database (not pooled) */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, ADMIN_USER, ADMIN_PASSWORD);
  }

  /** Refuses new connections to this database and ends the open ones: an outage of it alone. */
  public void cutOff() {
    admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
    terminateConnections();
  }

  /** Ends every open connection to this database, as a server restart would. */
  public void terminateConnections() {
    admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
        + "' AND pid <> pg_backend_pid()");
  }

  /** Accepts connections again after {@link #cutOff()}. */
  public void restore() {
    admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
  }

  /** Drops the database, ending any connection still open to it. */
  @Override
  public void close() {
    restore();
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = adminConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("admin statement failed: " + sql, e);
    }
  }

  private static Connection adminConnection() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ADMIN_PASSWORD);
  }

  private static String envOr(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
