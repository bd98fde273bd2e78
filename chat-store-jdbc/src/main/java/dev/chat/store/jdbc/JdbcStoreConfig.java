package dev.chat.store.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Immutable settings of a {@link JdbcChatStore}: where the database is, how the connection pool
 * behaves, how long any database operation may take, and how appends are grouped into commits.
 *
 * <p>{@link #DEFAULTS} is the embedded H2 file database under {@code ./data/}, which needs no
 * server. {@link #fromEnvironment(Map)} reads the standalone server's variables:
 * {@code CHAT_DB_URL}, {@code CHAT_DB_USER}, {@code CHAT_DB_PASSWORD} (PostgreSQL in production)
 * and {@code CHAT_DATA_DIR} (the embedded database's folder when {@code CHAT_DB_URL} is unset).
 *
 * <p>Every wait is bounded, so that a send during a database outage fails within a few seconds
 * rather than hanging: acquiring a connection waits at most {@link #connectionTimeout()}, one
 * statement runs at most {@link #queryTimeout()}, and a caller waits at most
 * {@link #enqueueTimeout()} for room in the append queue.
 *
 * @param url JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql://...})
 * @param user database user; empty for none
 * @param password database password; empty for none (never printed by {@link #toString()})
 * @param maxPoolSize largest number of pooled connections (default 10)
 * @param connectionTimeout longest wait for a pooled connection, at least 250 ms (default 2 s)
 * @param queryTimeout longest run of one statement, at least 1 s, whole seconds (default 5 s)
 * @param maxBatchSize most appends committed in one transaction (default 1,024: under load a
 *     batch takes what queued during the last commit, so one fsync serves more messages)
 * @param queueCapacity most appends waiting for the writer (default 10,000)
 * @param enqueueTimeout longest wait for room in a full append queue (default 1 s)
 * @param migrate whether {@link JdbcChatStore#open(JdbcStoreConfig)} applies the schema
 *     migrations (default true); safe when several nodes start at once
 */
public record JdbcStoreConfig(
    String url,
    String user,
    String password,
    int maxPoolSize,
    Duration connectionTimeout,
    Duration queryTimeout,
    int maxBatchSize,
    int queueCapacity,
    Duration enqueueTimeout,
    boolean migrate) {

  /** The embedded database's folder when none is given: {@code ./data}. */
  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  /** The embedded H2 file database {@code ./data/chat} with default pool and batch settings. */
  public static final JdbcStoreConfig DEFAULTS = embedded(DEFAULT_DATA_DIR);

  /** Validates every field; see {@link Builder#build()} for the messages. */
  public JdbcStoreConfig {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    Objects.requireNonNull(enqueueTimeout, "enqueueTimeout");
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "url must start with jdbc:h2: or jdbc:postgresql: but was " + redact(url));
    }
    if (maxPoolSize < 1) {
      throw new IllegalArgumentException("maxPoolSize must be at least 1 but was " + maxPoolSize);
    }
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException(
          "connectionTimeout must be at least 250 ms but was " + connectionTimeout.toMillis() + " ms");
    }
    if (queryTimeout.toSeconds() < 1 || queryTimeout.toSeconds() * 1000 != queryTimeout.toMillis()) {
      throw new IllegalArgumentException(
          "queryTimeout must be a whole number of seconds, at least 1 s, but was "
              + queryTimeout.toMillis() + " ms");
    }
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be at least 1 but was " + maxBatchSize);
    }
    if (queueCapacity < maxBatchSize) {
      throw new IllegalArgumentException(
          "queueCapacity must be at least maxBatchSize (" + maxBatchSize + ") but was " + queueCapacity);
    }
    if (enqueueTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "enqueueTimeout must not be negative but was " + enqueueTimeout.toMillis() + " ms");
    }
  }

  /**
   * The embedded H2 file database {@code <dataDir>/chat} (files {@code chat.mv.db} and friends).
   *
   * @param dataDir folder of the database files; created on open if absent
   * @return default settings on that database
   */
  public static JdbcStoreConfig embedded(Path dataDir) {
    return builder().url(h2FileUrl(dataDir)).build();
  }

  /**
   * The settings the standalone server uses, from environment variables: PostgreSQL when
   * {@code CHAT_DB_URL} is set (with {@code CHAT_DB_USER} and {@code CHAT_DB_PASSWORD}),
   * otherwise the embedded database under {@code CHAT_DATA_DIR} (default {@code ./data}).
   *
   * @param env the environment, usually {@code System.getenv()}
   * @return the settings
   * @throws IllegalArgumentException when a variable holds an unusable value
   */
  public static JdbcStoreConfig fromEnvironment(Map<String, String> env) {
    String url = env.get("CHAT_DB_URL");
    if (url == null || url.isBlank()) {
      String dir = env.get("CHAT_DATA_DIR");
      return embedded(dir == null || dir.isBlank() ? DEFAULT_DATA_DIR : Path.of(dir));
    }
    return builder()
        .url(url.strip())
        .user(env.getOrDefault("CHAT_DB_USER", ""))
        .password(env.getOrDefault("CHAT_DB_PASSWORD", ""))
        .build();
  }

  /**
   * The H2 URL of a file database {@code <dataDir>/chat}: PostgreSQL compatibility mode, and
   * every commit written to the file at once ({@code WRITE_DELAY=0}) so that an acknowledged
   * message survives {@code kill -9} of the process.
   *
   * @param dataDir folder of the database files
   * @return the JDBC URL
   */
  public static String h2FileUrl(Path dataDir) {
    String file = dataDir.toAbsolutePath().normalize().resolve("chat").toString().replace('\\', '/');
    return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
  }

  /** @return the URL with any {@code password=} parameter masked, fit for logs and errors */
  public String redactedUrl() {
    return redact(url);
  }

  /** @return true when this is a PostgreSQL database */
  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** @return a builder holding these settings */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** @return a builder holding the defaults (embedded database under {@code ./data}) */
  public static Builder builder() {
    return new Builder();
  }

  /** Prints every field but the password, and the URL without any password parameter. */
  @Override
  public String toString() {
    return "JdbcStoreConfig[url=" + redact(url) + ", user=" + user
        + ", password=" + (password.isEmpty() ? "" : "***")
        + ", maxPoolSize=" + maxPoolSize + ", connectionTimeout=" + connectionTimeout
        + ", queryTimeout=" + queryTimeout + ", maxBatchSize=" + maxBatchSize
        + ", queueCapacity=" + queueCapacity + ", enqueueTimeout=" + enqueueTimeout
        + ", migrate=" + migrate + "]";
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** Mutable builder of {@link JdbcStoreConfig}; {@link #build()} validates. */
  public static final class Builder {
    private String url;
    private String user = "";
    private String password = "";
    private int maxPoolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(2);
    private Duration queryTimeout = Duration.ofSeconds(5);
    private int maxBatchSize = 1024;
    private int queueCapacity = 10_000;
    private Duration enqueueTimeout = Duration.ofSeconds(1);
    private boolean migrate = true;

    private Builder() {
      this.url = h2FileUrl(DEFAULT_DATA_DIR);
    }

    private Builder(JdbcStoreConfig c) {
      url = c.url;
      user = c.user;
      password = c.password;
      maxPoolSize = c.maxPoolSize;
      connectionTimeout = c.connectionTimeout;
      queryTimeout = c.queryTimeout;
      maxBatchSize = c.maxBatchSize;
      queueCapacity = c.queueCapacity;
      enqueueTimeout = c.enqueueTimeout;
      migrate = c.migrate;
    }

    /** @param url JDBC URL @return this */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** @param user database user @return this */
    public Builder user(String user) {
      this.user = user;
      return this;
    }

    /** @param password database password @return this */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** @param maxPoolSize largest number of pooled connections @return this */
    public Builder maxPoolSize(int maxPoolSize) {
      this.maxPoolSize = maxPoolSize;
      return this;
    }

    /** @param connectionTimeout longest wait for a pooled connection @return this */
    public Builder connectionTimeout(Duration connectionTimeout) {
      this.connectionTimeout = connectionTimeout;
      return this;
    }

    /** @param queryTimeout longest run of one statement (whole seconds) @return this */
    public Builder queryTimeout(Duration queryTimeout) {
      this.queryTimeout = queryTimeout;
      return this;
    }

    /** @param maxBatchSize most appends committed in one transaction @return this */
    public Builder maxBatchSize(int maxBatchSize) {
      this.maxBatchSize = maxBatchSize;
      return this;
    }

    /** @param queueCapacity most appends waiting for the writer @return this */
    public Builder queueCapacity(int queueCapacity) {
      this.queueCapacity = queueCapacity;
      return this;
    }

    /** @param enqueueTimeout longest wait for room in a full append queue @return this */
    public Builder enqueueTimeout(Duration enqueueTimeout) {
      this.enqueueTimeout = enqueueTimeout;
      return this;
    }

    /** @param migrate whether opening the store applies the schema migrations @return this */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalArgumentException naming the first invalid field
     */
    public JdbcStoreConfig build() {
      return new JdbcStoreConfig(url, user, password, maxPoolSize, connectionTimeout, queryTimeout,
          maxBatchSize, queueCapacity, enqueueTimeout, migrate);
    }
  }
}
