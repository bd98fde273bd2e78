package dev.chat.store.jdbc.internal;

import dev.chat.core.Message;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Commits one batch of message appends in one transaction, honouring idempotency keys: a draft
 * whose (sender, client message id) is already stored, or appears earlier in the same batch, yields
 * that message with {@code created = false} and stores nothing.
 *
 * <p>On PostgreSQL several nodes may append at once. Each batch first takes one transaction-scoped
 * advisory lock, so batches of all nodes take their ids and commit one after another: ids grow in
 * commit order across nodes too, and a reader paging by id never sees a smaller id appear later.
 * (In one process the single writer thread already gives that.)
 */
public final class MessageAppender implements GroupCommitWriter.BatchCommitter<MessageDraft, AppendResult> {

  private static final String INSERT = "INSERT INTO messages"
      + " (conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at, client_message_id)"
      + " VALUES (?, ?, ?, ?, FALSE, NULL, ?, ?)";

  /** The advisory lock key of message appends: "chatmsg1" in ASCII. */
  static final long APPEND_LOCK = 0x636861746d736731L;

  private static final String LOCK_APPENDS = "SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ")";

  private record Key(String sender, String clientMessageId) {}

  private final Database database;
  private final boolean lockAcrossNodes;

  /**
   * @param database where to append
   * @param lockAcrossNodes take the PostgreSQL advisory lock that orders the batches of all nodes
   */
  public MessageAppender(Database database, boolean lockAcrossNodes) {
    this.database = Objects.requireNonNull(database, "database");
    this.lockAcrossNodes = lockAcrossNodes;
  }

  @Override
  public List<AppendResult> commit(List<MessageDraft> batch) throws SQLException {
    try {
      return database.inTransaction(c -> append(c, batch));
    } catch (SQLException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      // Another node stored one of these keys between our look-up and our insert. Everything was
      // rolled back; once more, and the look-up now finds it.
      return database.inTransaction(c -> append(c, batch));
    }
  }

  private List<AppendResult> append(Connection c, List<MessageDraft> batch) throws SQLException {
    if (lockAcrossNodes) {
      try (PreparedStatement ps = database.prepare(c, LOCK_APPENDS)) {
        ps.execute();
      }
    }
    Map<Key, Message> stored = findKeyed(c, batch);
    AppendResult[] results = new AppendResult[batch.size()];
    Map<Key, Integer> firstInBatch = new HashMap<>();
    List<Integer> toInsert = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      MessageDraft d = batch.get(i);
      Key key = key(d);
      if (key != null && stored.containsKey(key)) {
        results[i] = new AppendResult(stored.get(key), false);
      } else if (key != null && firstInBatch.containsKey(key)) {
        results[i] = null; // filled below from the first draft with this key
      } else {
        if (key != null) {
          firstInBatch.put(key, i);
        }
        toInsert.add(i);
      }
    }
    if (!toInsert.isEmpty()) {
      insert(c, batch, toInsert, results);
    }
    for (int i = 0; i < batch.size(); i++) {
      if (results[i] == null) {
        results[i] = new AppendResult(results[firstInBatch.get(key(batch.get(i)))].message(), false);
      }
    }
    return List.of(results);
  }

  private void insert(Connection c, List<MessageDraft> batch, List<Integer> rows, AppendResult[] results)
      throws SQLException {
    try (PreparedStatement ps = database.prepareInsert(c, INSERT)) {
      for (int i : rows) {
        MessageDraft d = batch.get(i);
        ps.setLong(1, d.conversationId());
        ps.setString(2, d.senderId().value());
        ps.setString(3, d.receiverId().value());
        ps.setString(4, d.content());
        Rows.setInstant(ps, 5, d.createdAt());
        ps.setString(6, d.clientMessageId());
        ps.addBatch();
      }
      ps.executeBatch();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (int i : rows) {
          if (!keys.next()) {
            throw new SQLException("the database returned fewer generated ids than rows inserted");
          }
          MessageDraft d = batch.get(i);
          Message m = new Message(keys.getLong(1), d.conversationId(), d.senderId(), d.receiverId(),
              d.content(), false, null, d.createdAt(), d.clientMessageId());
          results[i] = new AppendResult(m, true);
        }
      }
    }
  }

  /** Loads the stored messages of every idempotency key in the batch, in one query. */
  private Map<Key, Message> findKeyed(Connection c, List<MessageDraft> batch) throws SQLException {
    Set<Key> keys = new LinkedHashSet<>();
    for (MessageDraft d : batch) {
      Key key = key(d);
      if (key != null) {
        keys.add(key);
      }
    }
    Map<Key, Message> found = new HashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    StringBuilder sql = new StringBuilder("SELECT ").append(Rows.MESSAGE_COLUMNS)
        .append(" FROM messages WHERE ");
    for (int i = 0; i < keys.size(); i++) {
      sql.append(i == 0 ? "" : " OR ").append("(sender_id = ? AND client_message_id = ?)");
    }
    try (PreparedStatement ps = database.prepare(c, sql.toString())) {
      int p = 1;
      for (Key k : keys) {
        ps.setString(p++, k.sender);
        ps.setString(p++, k.clientMessageId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Message m = Rows.message(rs, 1);
          found.put(new Key(m.senderId().value(), m.clientMessageId()), m);
        }
      }
    }
    return found;
  }

  private static Key key(MessageDraft d) {
    return d.clientMessageId() == null ? null : new Key(d.senderId().value(), d.clientMessageId());
  }
}
