package dev.chat.store.jdbc.internal;

import dev.chat.core.port.StoreUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs one unit of work on a pooled connection with bounded waits, and turns every database
 * failure into {@link StoreUnavailableException}: callers never see a raw {@link SQLException}.
 */
public final class Database {

  /** Work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * @param connection an open connection
     * @return the result
     * @throws SQLException when the database fails
     */
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final int queryTimeoutSeconds;

  /**
   * @param dataSource the pool; its connection timeout bounds the wait for a connection
   * @param queryTimeout the longest run of one statement (whole seconds)
   */
  public Database(DataSource dataSource, Duration queryTimeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.queryTimeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
  }

  /**
   * Runs the work with auto-commit on: each statement commits by itself.
   *
   * @param what what the work does, for the error message ("read the history")
   * @param work the work
   * @return its result
   * @throws StoreUnavailableException when the database fails or does not answer in time
   */
  public <T> T autoCommit(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw unavailable(what, e);
    }
  }

  /**
   * Runs the work with auto-commit on, where one statement is one transaction.
   *
   * @param work the work
   * @return its result
   * @throws SQLException when the database fails
   */
  public <T> T autoCommitted(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    }
  }

  /**
   * Runs the work in one transaction: commits if it returns, rolls back if it throws.
   *
   * @param work the work
   * @return its result
   * @throws SQLException when the database fails (and nothing was committed)
   */
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    }
  }

  /**
   * Prepares a statement with the query timeout set.
   *
   * @param c the connection
   * @param sql the statement
   * @return the prepared statement
   * @throws SQLException when the database fails
   */
  public PreparedStatement prepare(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setQueryTimeout(queryTimeoutSeconds);
    return ps;
  }

  /**
   * Prepares an INSERT that returns the generated {@code id}, with the query timeout set.
   *
   * @param c the connection
   * @param sql the statement
   * @return the prepared statement
   * @throws SQLException when the database fails
   */
  public PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"});
    ps.setQueryTimeout(queryTimeoutSeconds);
    return ps;
  }

  /**
   * The exception a port method throws when the database failed.
   *
   * @param what what could not be done ("append the message")
   * @param cause the failure
   * @return the exception to throw
   */
  public static StoreUnavailableException unavailable(String what, Throwable cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new StoreUnavailableException("could not " + what + ": " + detail, cause);
  }

  /**
   * @param e a database failure
   * @return true if it is a unique-key violation (SQLState 23505 on H2 and PostgreSQL)
   */
  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if ("23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void rollbackQuietly(Connection c, Throwable failure) {
    try {
      c.rollback();
    } catch (SQLException rollbackFailed) {
      failure.addSuppressed(rollbackFailed);
    }
  }

  private static void restoreAutoCommit(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // The connection is broken; the pool will evict it.
    }
  }
}
