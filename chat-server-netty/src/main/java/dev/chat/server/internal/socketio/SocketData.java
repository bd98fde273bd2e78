package dev.chat.server.internal.socketio;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A socket's {@code data()}: a thread-safe map for the few entries a middleware or handler puts
 * there. Keys and values alternate in one array that every change replaces (under the map's lock),
 * so reads take no lock and iterators see a snapshot; every connection keeps one, and this costs a
 * fraction of a {@code ConcurrentHashMap} with its table and nodes. As in that map, null keys and
 * values are refused.
 */
final class SocketData extends AbstractMap<String, Object> implements ConcurrentMap<String, Object> {

    private static final Object[] EMPTY = {};

    /** {@code [key0, value0, key1, value1, ...]}; replaced, never changed in place. */
    private volatile Object[] table;

    SocketData(Map<String, Object> initial) {
        Object[] t = initial.isEmpty() ? EMPTY : new Object[2 * initial.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : initial.entrySet()) {
            t[i++] = Objects.requireNonNull(e.getKey(), "key");
            t[i++] = Objects.requireNonNull(e.getValue(), "value");
        }
        this.table = t;
    }

    /** The index of {@code key} in a flat key/value table, or -1. */
    static int indexOf(Object[] t, Object key) {
        for (int i = 0; i < t.length; i += 2) {
            if (t[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of a flat key/value table with {@code key} set to {@code value} (replaced or appended). */
    static Object[] with(Object[] t, Object key, Object value) {
        int i = indexOf(t, key);
        if (i >= 0) {
            Object[] replaced = t.clone();
            replaced[i + 1] = value;
            return replaced;
        }
        Object[] grown = java.util.Arrays.copyOf(t, t.length + 2);
        grown[t.length] = key;
        grown[t.length + 1] = value;
        return grown;
    }

    @Override
    public int size() {
        return table.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return table.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(table, Objects.requireNonNull(key, "key")) >= 0;
    }

    @Override
    public Object get(Object key) {
        Object[] t = table;
        int i = indexOf(t, Objects.requireNonNull(key, "key"));
        return i < 0 ? null : t[i + 1];
    }

    @Override
    public synchronized Object put(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Object[] t = table;
        int i = indexOf(t, key);
        table = with(t, key, value);
        return i >= 0 ? t[i + 1] : null;
    }

    @Override
    public synchronized Object remove(Object key) {
        Object[] t = table;
        int i = indexOf(t, Objects.requireNonNull(key, "key"));
        if (i < 0) {
            return null;
        }
        Object previous = t[i + 1];
        removeAt(t, i);
        return previous;
    }

    private void removeAt(Object[] t, int i) {
        if (t.length == 2) {
            table = EMPTY;
            return;
        }
        Object[] shrunk = new Object[t.length - 2];
        System.arraycopy(t, 0, shrunk, 0, i);
        System.arraycopy(t, i + 2, shrunk, i, t.length - i - 2);
        table = shrunk;
    }

    @Override
    public synchronized void clear() {
        table = EMPTY;
    }

    @Override
    public synchronized Object putIfAbsent(String key, Object value) {
        Object current = get(key);
        return current != null ? current : put(key, value);
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        Object[] t = table;
        int i = indexOf(t, Objects.requireNonNull(key, "key"));
        if (i < 0 || !t[i + 1].equals(value)) {
            return false;
        }
        removeAt(t, i);
        return true;
    }

    @Override
    public synchronized boolean replace(String key, Object oldValue, Object newValue) {
        Objects.requireNonNull(oldValue, "oldValue");
        Object current = get(key);
        if (current == null || !current.equals(oldValue)) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    @Override
    public synchronized Object replace(String key, Object value) {
        return containsKey(key) ? put(key, value) : null;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Entries(table);
            }

            @Override
            public int size() {
                return SocketData.this.size();
            }
        };
    }

    /** Iterates a snapshot; {@code remove} and {@code setValue} write through to the map. */
    private final class Entries implements Iterator<Map.Entry<String, Object>> {
        private final Object[] snapshot;
        private int next;
        private String last;

        Entries(Object[] snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public boolean hasNext() {
            return next < snapshot.length;
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String key = (String) snapshot[next];
            Object value = snapshot[next + 1];
            next += 2;
            last = key;
            return new AbstractMap.SimpleEntry<>(key, value) {
                @Override
                public Object setValue(Object newValue) {
                    super.setValue(Objects.requireNonNull(newValue, "value"));
                    return put(key, newValue);
                }
            };
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            SocketData.this.remove(last);
            last = null;
        }
    }
}
