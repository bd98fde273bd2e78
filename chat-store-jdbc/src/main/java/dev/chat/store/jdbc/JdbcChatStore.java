package dev.chat.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import dev.chat.core.port.StoreUnavailableException;
import dev.chat.store.jdbc.internal.ConnectionPools;
import dev.chat.store.jdbc.internal.ConversationQueries;
import dev.chat.store.jdbc.internal.Database;
import dev.chat.store.jdbc.internal.GroupCommitWriter;
import dev.chat.store.jdbc.internal.MessageAppender;
import dev.chat.store.jdbc.internal.MessageQueries;
import dev.chat.store.jdbc.internal.NotificationQueries;
import dev.chat.store.jdbc.internal.SchemaMigrator;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link ChatStore} on H2 (embedded file database) or PostgreSQL, through a HikariCP
 * pool, with its schema managed by Flyway.
 *
 * <p><b>Appends are group-committed</b>: {@link #append} calls from many threads are queued to one
 * writer that commits them in batches, one transaction per batch; each call returns only after its
 * message is committed, so a host that acknowledges and broadcasts after {@code append} returns
 * never announces a message that a crash could lose. Message ids grow in commit order.
 * {@link #appendAsync} hands the message to the writer without waiting; its stage completes on the
 * store's completion thread, one batch after the other, in commit order.
 *
 * <p><b>Blocking and failures</b>: every method blocks the calling thread on the database (call
 * it off any event loop), for a bounded time: at most the pool's connection timeout plus the
 * statement timeout of {@link JdbcStoreConfig} (appends also wait for room in the queue and their
 * batch). When the database is unreachable or too slow, methods throw
 * {@link StoreUnavailableException}; the pool reconnects by itself when the database returns.
 *
 * <p>Thread-safe. {@link #close()} commits what is queued, then closes the pool.
 */
public final class JdbcChatStore implements ChatStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcChatStore.class);

  private final JdbcStoreConfig config;
  private final HikariDataSource dataSource;
  private final ConversationQueries conversations;
  private final MessageQueries messages;
  private final NotificationQueries notifications;
  private final GroupCommitWriter<MessageDraft, AppendResult> writer;
  /** Completes the appends of each committed batch while the writer commits the next one. */
  private final ExecutorService completions;
  private final long appendTimeoutMillis;

  private JdbcChatStore(JdbcStoreConfig config, HikariDataSource dataSource) {
    this.config = config;
    this.dataSource = dataSource;
    Database database = new Database(dataSource, config.queryTimeout());
    this.conversations = new ConversationQueries(database);
    this.messages = new MessageQueries(database);
    this.notifications = new NotificationQueries(database);
    this.completions = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chat-store-completions");
      t.setDaemon(true);
      return t;
    });
    this.writer = new GroupCommitWriter<>("chat-store-writer", new MessageAppender(database, config.isPostgres()),
        completions, config.maxBatchSize(), config.queueCapacity(), config.enqueueTimeout());
    // Queue wait, then a batch ahead of ours and our own: each a connection plus a few statements
    // (and one retry on a key race). Normally far shorter; this only bounds the worst case.
    Duration batch = config.connectionTimeout().plus(config.queryTimeout().multipliedBy(3));
    this.appendTimeoutMillis = config.enqueueTimeout().plus(batch.multipliedBy(4)).toMillis();
  }

  /**
   * Opens the store: connects, applies the schema migrations (unless
   * {@link JdbcStoreConfig#migrate()} is false) and starts the writer.
   *
   * @param config the settings
   * @return the open store
   * @throws StoreUnavailableException when the database cannot be reached or migrated
   */
  public static JdbcChatStore open(JdbcStoreConfig config) {
    Objects.requireNonNull(config, "config");
    int applied;
    try {
      applied = config.migrate() ? SchemaMigrator.migrate(config) : 0;
    } catch (RuntimeException e) {
      // Usually the database is unreachable (Flyway's connection is the first one made).
      throw Database.unavailable("open the database at " + config.redactedUrl(), e);
    }
    HikariDataSource dataSource;
    try {
      dataSource = ConnectionPools.open(config);
    } catch (RuntimeException e) {
      throw Database.unavailable("open the database at " + config.redactedUrl(), e);
    }
    LOG.info("Chat store on {} ({} schema migration(s) applied)", config.redactedUrl(), applied);
    return new JdbcChatStore(config, dataSource);
  }

  /** @return how many appends wait for the writer now (a gauge for monitoring) */
  public int queuedAppends() {
    return writer.queued();
  }

  /** @return the settings this store was opened with */
  public JdbcStoreConfig config() {
    return config;
  }

  @Override
  public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
    return conversations.open(first, second, createdAt);
  }

  @Override
  public Optional<Conversation> findConversation(long conversationId) {
    return conversations.find(conversationId);
  }

  @Override
  public Optional<Conversation> findConversationBetween(UserId a, UserId b) {
    return conversations.findBetween(a, b);
  }

  @Override
  public AppendResult append(MessageDraft draft) {
    CompletableFuture<AppendResult> result = writer.submit(Objects.requireNonNull(draft, "draft"));
    try {
      return result.get(appendTimeoutMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while appending the message", e);
    } catch (TimeoutException e) {
      throw new StoreUnavailableException(
          "could not append the message: not committed within " + appendTimeoutMillis + " ms", e);
    } catch (ExecutionException e) {
      throw appendFailure(e.getCause());
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Waits only when the writer's queue is full (at most the configured enqueue timeout). The
   * stage always completes: every batch commits or fails within the statement timeouts, and
   * {@link #close()} fails what it could not commit.
   */
  @Override
  public CompletionStage<AppendResult> appendAsync(MessageDraft draft) {
    return writer.submit(Objects.requireNonNull(draft, "draft")).handle((appended, failure) -> {
      if (failure != null) {
        throw appendFailure(failure);
      }
      return appended;
    });
  }

  /** What a failed append throws: {@link StoreUnavailableException} unless it is a bug. */
  private static RuntimeException appendFailure(Throwable cause) {
    if (cause instanceof SQLException || cause instanceof RejectedExecutionException
        || cause instanceof InterruptedException) {
      return Database.unavailable("append the message", cause);
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return Database.unavailable("append the message", cause);
  }

  @Override
  public Optional<Message> findMessage(long messageId) {
    return messages.find(messageId);
  }

  @Override
  public List<Message> history(long conversationId, OptionalLong before, int limit) {
    return messages.history(conversationId, before, limit);
  }

  @Override
  public int markRead(long conversationId, UserId reader, Instant readAt) {
    return messages.markRead(conversationId, reader, readAt);
  }

  @Override
  public Notification appendNotification(NotificationDraft draft) {
    return notifications.append(draft);
  }

  @Override
  public List<Notification> notifications(UserId user, OptionalLong before, int limit) {
    return notifications.page(user, before, limit);
  }

  @Override
  public List<ConversationSummary> summaries(UserId user, int limit) {
    return messages.summaries(user, limit);
  }

  /** Commits the queued appends (waiting up to 30 s), then closes every connection. */
  @Override
  public void close() {
    try {
      writer.close(Duration.ofSeconds(30));
      completions.shutdown();
      completions.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dataSource.close();
    }
  }
}
