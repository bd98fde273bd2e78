package dev.chat.store.jdbc.internal;

import dev.chat.core.Message;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * PostgreSQL: the whole batch as one statement of six array parameters (one parse, one plan, one
   * round trip, whatever the batch size), which takes the append lock itself: the lock's row joins
   * every inserted row, so it is held before the first id is drawn. Rows take their ids in array
   * order; created_at travels as epoch milliseconds (exact: the domain's precision).
   */
  private static final String INSERT_ARRAYS = "WITH append_lock AS (SELECT pg_advisory_xact_lock(" + APPEND_LOCK + "))"
      + " INSERT INTO messages"
      + " (conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at, client_message_id)"
      + " SELECT c, s, r, t, FALSE, NULL, TIMESTAMPTZ 'epoch' + ms * INTERVAL '1 millisecond', k"
      + " FROM append_lock, unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[])"
      + " WITH ORDINALITY AS u(c, s, r, t, ms, k, n) ORDER BY n RETURNING id";

  private record Key(String sender, String clientMessageId) {}

  private final Database database;
  private final boolean postgres;

  /**
   * @param database where to append
   * @param postgres the database is PostgreSQL: take the advisory lock that orders the batches of
   *     all nodes, and insert a batch as one statement of arrays
   */
  public MessageAppender(Database database, boolean postgres) {
    this.database = Objects.requireNonNull(database, "database");
    this.postgres = postgres;
  }

  @Override
  public List<AppendResult> commit(List<MessageDraft> batch) throws SQLException {
    if (postgres && batch.stream().allMatch(d -> d.clientMessageId() == null)) {
      // Nothing to look up: one auto-committed statement is the whole transaction, and the driver
      // returns only after the server answered the commit. One round trip per batch instead of three.
      return database.autoCommitted(c -> append(c, batch));
    }
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
    if (postgres && !c.getAutoCommit()) {
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
      long[] ids = postgres ? insertArrays(c, batch, toInsert) : insertBatch(c, batch, toInsert);
      for (int j = 0; j < ids.length; j++) {
        int i = toInsert.get(j);
        MessageDraft d = batch.get(i);
        results[i] = new AppendResult(new Message(ids[j], d.conversationId(), d.senderId(), d.receiverId(),
            d.content(), false, null, d.createdAt(), d.clientMessageId()), true);
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      if (results[i] == null) {
        results[i] = new AppendResult(results[firstInBatch.get(key(batch.get(i)))].message(), false);
      }
    }
    return List.of(results);
  }

  /** Inserts the rows with a JDBC batch; returns their ids in row order. */
  private long[] insertBatch(Connection c, List<MessageDraft> batch, List<Integer> rows) throws SQLException {
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
      return ids(ps.getGeneratedKeys(), rows.size());
    }
  }

  /** Inserts the rows with {@link #INSERT_ARRAYS}; returns their ids in row order. */
  private long[] insertArrays(Connection c, List<MessageDraft> batch, List<Integer> rows) throws SQLException {
    int n = rows.size();
    Long[] conversations = new Long[n];
    String[] senders = new String[n];
    String[] receivers = new String[n];
    String[] contents = new String[n];
    Long[] createdAt = new Long[n];
    String[] keys = new String[n];
    for (int j = 0; j < n; j++) {
      MessageDraft d = batch.get(rows.get(j));
      conversations[j] = d.conversationId();
      senders[j] = d.senderId().value();
      receivers[j] = d.receiverId().value();
      contents[j] = d.content();
      createdAt[j] = d.createdAt().toEpochMilli();
      keys[j] = d.clientMessageId();
    }
    try (PreparedStatement ps = database.prepare(c, INSERT_ARRAYS)) {
      ps.setArray(1, c.createArrayOf("bigint", conversations));
      ps.setArray(2, c.createArrayOf("varchar", senders));
      ps.setArray(3, c.createArrayOf("varchar", receivers));
      ps.setArray(4, c.createArrayOf("varchar", contents));
      ps.setArray(5, c.createArrayOf("bigint", createdAt));
      ps.setArray(6, c.createArrayOf("varchar", keys));
      long[] ids = ids(ps.executeQuery(), n);
      // The ids were drawn in row order; sorting makes the answer independent of RETURNING's order.
      Arrays.sort(ids);
      return ids;
    }
  }

  private static long[] ids(ResultSet generated, int expected) throws SQLException {
    long[] ids = new long[expected];
    try (ResultSet keys = generated) {
      for (int j = 0; j < expected; j++) {
        if (!keys.next()) {
          throw new SQLException("the database returned fewer generated ids than rows inserted");
        }
        ids[j] = keys.getLong(1);
      }
    }
    return ids;
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
