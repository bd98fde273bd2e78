package dev.chat.store.jdbc.internal;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column lists and row-to-value mapping for the three tables; timestamps are UTC. */
final class Rows {

  static final String CONVERSATION_COLUMNS = "id, first_user_id, second_user_id, created_at";

  static final String MESSAGE_COLUMNS =
      "id, conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at, client_message_id";

  static final String NOTIFICATION_COLUMNS = "id, user_id, title, message, type, created_at";

  private Rows() {}

  /** Reads a conversation from {@link #CONVERSATION_COLUMNS} starting at column {@code at}. */
  static Conversation conversation(ResultSet rs, int at) throws SQLException {
    return new Conversation(
        rs.getLong(at),
        new UserId(rs.getString(at + 1)),
        new UserId(rs.getString(at + 2)),
        instant(rs, at + 3));
  }

  /** Reads a message from {@link #MESSAGE_COLUMNS} starting at column {@code at}. */
  static Message message(ResultSet rs, int at) throws SQLException {
    return new Message(
        rs.getLong(at),
        rs.getLong(at + 1),
        new UserId(rs.getString(at + 2)),
        new UserId(rs.getString(at + 3)),
        rs.getString(at + 4),
        rs.getBoolean(at + 5),
        instant(rs, at + 6),
        instant(rs, at + 7),
        rs.getString(at + 8));
  }

  /** Reads a notification from {@link #NOTIFICATION_COLUMNS} starting at column 1. */
  static Notification notification(ResultSet rs) throws SQLException {
    return new Notification(
        rs.getLong(1),
        new UserId(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        instant(rs, 6));
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The single generated id of an INSERT prepared with {@link Database#prepareInsert}. */
  static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }
}
