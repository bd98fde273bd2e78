package dev.chat.store.jdbc.internal;

import dev.chat.core.Notification;
import dev.chat.core.UserId;
import dev.chat.core.port.NotificationDraft;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** The SQL of the notifications table. */
public final class NotificationQueries {

  private static final String INSERT = "INSERT INTO notifications"
      + " (user_id, title, message, type, created_at) VALUES (?, ?, ?, ?, ?)";
  // Index notifications_by_user (user_id, id), read backwards.
  private static final String NEWEST = "SELECT " + Rows.NOTIFICATION_COLUMNS
      + " FROM notifications WHERE user_id = ? ORDER BY id DESC LIMIT ?";
  private static final String NEWEST_BEFORE = "SELECT " + Rows.NOTIFICATION_COLUMNS
      + " FROM notifications WHERE user_id = ? AND id < ? ORDER BY id DESC LIMIT ?";

  private final Database database;

  /** @param database where the table is */
  public NotificationQueries(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /** See {@link dev.chat.core.port.NotificationStore#appendNotification}. */
  public Notification append(NotificationDraft d) {
    return database.autoCommit("store the notification", c -> {
      try (PreparedStatement ps = database.prepareInsert(c, INSERT)) {
        ps.setString(1, d.userId().value());
        ps.setString(2, d.title());
        ps.setString(3, d.message());
        ps.setString(4, d.type());
        Rows.setInstant(ps, 5, d.createdAt());
        ps.executeUpdate();
        return new Notification(Rows.generatedId(ps), d.userId(), d.title(), d.message(), d.type(),
            d.createdAt());
      }
    });
  }

  /** See {@link dev.chat.core.port.NotificationStore#notifications}. */
  public List<Notification> page(UserId user, OptionalLong before, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return database.autoCommit("read the notifications", c -> {
      try (PreparedStatement ps = database.prepare(c, before.isPresent() ? NEWEST_BEFORE : NEWEST)) {
        int p = 1;
        ps.setString(p++, user.value());
        if (before.isPresent()) {
          ps.setLong(p++, before.getAsLong());
        }
        ps.setInt(p, limit);
        List<Notification> page = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.add(Rows.notification(rs));
          }
        }
        Collections.reverse(page);
        return List.copyOf(page);
      }
    });
  }
}
