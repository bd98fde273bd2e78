package dev.chat.store.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.time.Duration;

/** Builds the HikariCP pool for a {@link JdbcStoreConfig}, with every network wait bounded. */
public final class ConnectionPools {

  private ConnectionPools() {}

  /**
   * Opens a pool; fails at once when the database cannot be reached.
   *
   * @param config the settings
   * @return the open pool
   */
  public static HikariDataSource open(JdbcStoreConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("chat-store");
    hikari.setJdbcUrl(config.url());
    if (!config.user().isEmpty()) {
      hikari.setUsername(config.user());
    }
    if (!config.password().isEmpty()) {
      hikari.setPassword(config.password());
    }
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
    hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
    // Hikari requires validationTimeout < connectionTimeout and at least 250 ms.
    hikari.setValidationTimeout(Math.max(250, Math.min(1000, config.connectionTimeout().toMillis() - 1)));
    hikari.setKeepaliveTime(Duration.ofSeconds(30).toMillis());
    hikari.setAutoCommit(true);
    if (config.isPostgres()) {
      int seconds = (int) Math.max(1, (config.connectionTimeout().toMillis() + 999) / 1000);
      // A dead or unreachable server surfaces as an error within bounded time rather than a hang:
      // connect/login are bounded by the connection timeout. Every statement is bounded by the
      // query timeout, but its cancel needs the server to answer; a read that gets no byte back
      // for 2 s more than that means the connection is gone (a silent network, a frozen server).
      hikari.addDataSourceProperty("connectTimeout", seconds);
      hikari.addDataSourceProperty("loginTimeout", seconds);
      hikari.addDataSourceProperty("socketTimeout", (int) config.queryTimeout().toSeconds() + 2);
      // A timed-out statement is cancelled over a new connection, and the driver waits for that
      // cancel before failing the statement (default 10 s): bound it like any connect.
      hikari.addDataSourceProperty("cancelSignalTimeout", seconds);
      hikari.addDataSourceProperty("tcpKeepAlive", true);
      hikari.addDataSourceProperty("ApplicationName", "chat");
    }
    return new HikariDataSource(hikari);
  }
}
