package dev.chat.store.jdbc.internal;

import dev.chat.core.Conversation;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The SQL of the conversations table. */
public final class ConversationQueries {

  private static final String BY_ID =
      "SELECT " + Rows.CONVERSATION_COLUMNS + " FROM conversations WHERE id = ?";
  private static final String BY_PAIR = "SELECT " + Rows.CONVERSATION_COLUMNS
      + " FROM conversations WHERE user_low = ? AND user_high = ?";
  private static final String INSERT = "INSERT INTO conversations"
      + " (first_user_id, second_user_id, user_low, user_high, created_at) VALUES (?, ?, ?, ?, ?)";

  /** Most conversations kept in memory: a few MB of heap at most. */
  static final int CACHE_CAPACITY = 50_000;

  private final Database database;
  private final ConversationCache cache = new ConversationCache(CACHE_CAPACITY);

  /** @param database where the table is */
  public ConversationQueries(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** See {@link dev.chat.core.port.ConversationStore#openOrGetConversation}. */
  public OpenedConversation open(UserId first, UserId second, Instant createdAt) {
    if (first.equals(second)) {
      throw new IllegalArgumentException("a conversation needs two different users: " + first);
    }
    OpenedConversation opened = database.autoCommit("open the conversation", c -> {
      Optional<Conversation> existing = byPair(c, first, second);
      if (existing.isPresent()) {
        return new OpenedConversation(existing.get(), false);
      }
      try (PreparedStatement ps = database.prepareInsert(c, INSERT)) {
        ps.setString(1, first.value());
        ps.setString(2, second.value());
        ps.setString(3, low(first, second));
        ps.setString(4, high(first, second));
        Rows.setInstant(ps, 5, createdAt);
        ps.executeUpdate();
        return new OpenedConversation(new Conversation(Rows.generatedId(ps), first, second, createdAt), true);
      } catch (SQLException e) {
        if (!Database.isUniqueViolation(e)) {
          throw e;
        }
        // A concurrent open of the same pair won the unique key: return its conversation.
        return new OpenedConversation(byPair(c, first, second).orElseThrow(() -> e), false);
      }
    });
    cache.put(opened.conversation());
    return opened;
  }

  /** See {@link dev.chat.core.port.ConversationStore#findConversation}. */
  public Optional<Conversation> find(long conversationId) {
    Conversation cached = cache.get(conversationId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Conversation> found = database.autoCommit("find the conversation", c -> {
      try (PreparedStatement ps = database.prepare(c, BY_ID)) {
        ps.setLong(1, conversationId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Rows.conversation(rs, 1)) : Optional.empty();
        }
      }
    });
    found.ifPresent(cache::put);
    return found;
  }

  /** See {@link dev.chat.core.port.ConversationStore#findConversationBetween}. */
  public Optional<Conversation> findBetween(UserId a, UserId b) {
    if (a.equals(b)) {
      return Optional.empty();
    }
    return database.autoCommit("find the conversation", c -> byPair(c, a, b));
  }

  private Optional<Conversation> byPair(Connection c, UserId a, UserId b) throws SQLException {
    try (PreparedStatement ps = database.prepare(c, BY_PAIR)) {
      ps.setString(1, low(a, b));
      ps.setString(2, high(a, b));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Rows.conversation(rs, 1)) : Optional.empty();
      }
    }
  }

  private static String low(UserId a, UserId b) {
    return a.value().compareTo(b.value()) < 0 ? a.value() : b.value();
  }

  private static String high(UserId a, UserId b) {
    return a.value().compareTo(b.value()) < 0 ? b.value() : a.value();
  }
}
