package dev.chat.core.internal;

import dev.chat.core.ConnectionId;
import dev.chat.core.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The running typing indicators, one per (conversation, connection), and when each expires. Keeps no
 * clock: times are passed in. Not thread-safe: the service guards it with one lock.
 *
 * <p>Expiry uses one deadline per indicator in a priority queue. A refresh only moves the indicator's
 * {@code refreshedAt}; when its old deadline comes up it is pushed back, so the queue never holds more
 * than one live deadline per indicator however often clients refresh.
 */
final class TypingTracker {

    /** A running indicator as reported to the service. */
    record Indicator(long conversationId, UserId user, ConnectionId connection) {
    }

    private record Key(long conversationId, ConnectionId connection) {
    }

    private static final class Entry {
        final UserId user;
        final long generation;
        Instant refreshedAt;

        Entry(UserId user, long generation, Instant refreshedAt) {
            this.user = user;
            this.generation = generation;
            this.refreshedAt = refreshedAt;
        }
    }

    private record Deadline(Instant expiresAt, Key key, long generation) {
    }

    private final Duration timeout;
    private final Map<Key, Entry> active = new HashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(Comparator.comparing(Deadline::expiresAt));
    private long generations;

    TypingTracker(Duration timeout) {
        this.timeout = timeout;
    }

    /** Starts or refreshes the indicator of a connection in a conversation. */
    void start(long conversationId, UserId user, ConnectionId connection, Instant now) {
        Key key = new Key(conversationId, connection);
        Entry entry = active.get(key);
        if (entry != null && entry.user.equals(user)) {
            entry.refreshedAt = now;
            return;
        }
        Entry fresh = new Entry(user, ++generations, now);
        active.put(key, fresh);
        deadlines.add(new Deadline(now.plus(timeout), key, fresh.generation));
    }

    /** Stops the indicator of a connection in a conversation; returns whether one was running. */
    boolean stop(long conversationId, ConnectionId connection) {
        return active.remove(new Key(conversationId, connection)) != null;
    }

    /** Stops and returns every indicator of a connection. */
    List<Indicator> stopConnection(ConnectionId connection) {
        List<Indicator> stopped = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Entry>> it = active.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Entry> e = it.next();
            if (e.getKey().connection().equals(connection)) {
                stopped.add(new Indicator(e.getKey().conversationId(), e.getValue().user, connection));
                it.remove();
            }
        }
        stopped.sort(Comparator.comparingLong(Indicator::conversationId));
        return stopped;
    }

    /** Stops and returns every indicator not refreshed since {@code now - timeout}, oldest first. */
    List<Indicator> expire(Instant now) {
        List<Indicator> expired = new ArrayList<>();
        for (Deadline head = liveHead(); head != null && !head.expiresAt().isAfter(now); head = liveHead()) {
            deadlines.poll();
            Entry entry = active.remove(head.key());
            expired.add(new Indicator(head.key().conversationId(), entry.user, head.key().connection()));
        }
        return expired;
    }

    /** When the earliest running indicator expires, or empty if none runs. */
    Optional<Instant> nextExpiry() {
        Deadline head = liveHead();
        return head == null ? Optional.empty() : Optional.of(head.expiresAt());
    }

    /** How many indicators are running. */
    int size() {
        return active.size();
    }

    /** Drops stale deadlines and pushes back refreshed ones until the head is exact. */
    private Deadline liveHead() {
        while (!deadlines.isEmpty()) {
            Deadline head = deadlines.peek();
            Entry entry = active.get(head.key());
            if (entry == null || entry.generation != head.generation()) {
                deadlines.poll();
                continue;
            }
            Instant actual = entry.refreshedAt.plus(timeout);
            if (actual.isAfter(head.expiresAt())) {
                deadlines.poll();
                deadlines.add(new Deadline(actual, head.key(), head.generation()));
                continue;
            }
            return head;
        }
        return null;
    }
}
