package dev.chat.store.jdbc.internal;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** The SQL that reads messages and marks them read (appends go through {@link MessageAppender}). */
public final class MessageQueries {

  private static final String BY_ID = "SELECT " + Rows.MESSAGE_COLUMNS + " FROM messages WHERE id = ?";

  // Index messages_history (conversation_id, id), read backwards.
  private static final String NEWEST = "SELECT " + Rows.MESSAGE_COLUMNS
      + " FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?";
  private static final String NEWEST_BEFORE = "SELECT " + Rows.MESSAGE_COLUMNS
      + " FROM messages WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?";

  // Index messages_unread (receiver_id, is_read, conversation_id, id). One statement, so atomic:
  // a row already read (by a concurrent call) no longer matches and is not counted twice.
  private static final String MARK_READ = "UPDATE messages SET is_read = TRUE, read_at = ?"
      + " WHERE receiver_id = ? AND is_read = FALSE AND conversation_id = ? AND created_at <= ?";

  // Last message by messages_history, unread count by messages_unread, conversations of a user by
  // the unique (user_low, user_high) key's prefix and conversations_by_user_high.
  private static final String SUMMARIES = "SELECT c.id, c.first_user_id, c.second_user_id, c.created_at, "
      + "m.id, m.conversation_id, m.sender_id, m.receiver_id, m.content, m.is_read, m.read_at, "
      + "m.created_at, m.client_message_id, "
      + "(SELECT COUNT(*) FROM messages u WHERE u.receiver_id = ? AND u.is_read = FALSE"
      + " AND u.conversation_id = c.id) AS unread "
      + "FROM conversations c "
      + "LEFT JOIN messages m ON m.id = (SELECT MAX(x.id) FROM messages x WHERE x.conversation_id = c.id) "
      + "WHERE c.user_low = ? OR c.user_high = ? "
      + "ORDER BY COALESCE(m.created_at, c.created_at) DESC, c.id DESC LIMIT ?";

  private final Database database;

  /** @param database where the table is */
  public MessageQueries(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** See {@link dev.chat.core.port.MessageStore#findMessage}. */
  public Optional<Message> find(long messageId) {
    return database.autoCommit("find the message", c -> {
      try (PreparedStatement ps = database.prepare(c, BY_ID)) {
        ps.setLong(1, messageId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(Rows.message(rs, 1)) : Optional.empty();
        }
      }
    });
  }

  /** See {@link dev.chat.core.port.MessageStore#history}. */
  public List<Message> history(long conversationId, OptionalLong before, int limit) {
    requirePositive(limit);
    return database.autoCommit("read the history", c -> {
      try (PreparedStatement ps = database.prepare(c, before.isPresent() ? NEWEST_BEFORE : NEWEST)) {
        int p = 1;
        ps.setLong(p++, conversationId);
        if (before.isPresent()) {
          ps.setLong(p++, before.getAsLong());
        }
        ps.setInt(p, limit);
        List<Message> page = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.add(Rows.message(rs, 1));
          }
        }
        Collections.reverse(page);
        return List.copyOf(page);
      }
    });
  }

  /** See {@link dev.chat.core.port.MessageStore#markRead}. */
  public int markRead(long conversationId, UserId reader, Instant readAt) {
    return database.autoCommit("mark the messages read", c -> {
      try (PreparedStatement ps = database.prepare(c, MARK_READ)) {
        Rows.setInstant(ps, 1, readAt);
        ps.setString(2, reader.value());
        ps.setLong(3, conversationId);
        Rows.setInstant(ps, 4, readAt);
        return ps.executeUpdate();
      }
    });
  }

  /** See {@link dev.chat.core.port.ChatStore#summaries}. */
  public List<ConversationSummary> summaries(UserId user, int limit) {
    requirePositive(limit);
    return database.autoCommit("list the conversations", c -> {
      try (PreparedStatement ps = database.prepare(c, SUMMARIES)) {
        ps.setString(1, user.value());
        ps.setString(2, user.value());
        ps.setString(3, user.value());
        ps.setInt(4, limit);
        List<ConversationSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Conversation conversation = Rows.conversation(rs, 1);
            rs.getLong(5);
            Message last = rs.wasNull() ? null : Rows.message(rs, 5);
            out.add(new ConversationSummary(conversation, last, rs.getLong(14)));
          }
        }
        return List.copyOf(out);
      }
    });
  }

  private static void requirePositive(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }
}
