package dev.chat.server.internal.engine;

/**
 * A FIFO of (deadline, timer) entries whose deadlines never decrease from head to tail: timers that
 * all wait the same delay, added in time order, come out in deadline order with no heap. Two
 * parallel ring arrays, so an entry costs 12 bytes and no object. Confined to one thread.
 */
final class DeadlineQueue {

    private static final int INITIAL_CAPACITY = 16;

    private long[] deadlines = new long[INITIAL_CAPACITY];
    private HeartbeatTimer[] timers = new HeartbeatTimer[INITIAL_CAPACITY];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    /** @return whether {@code deadline} may be appended without breaking the order */
    boolean accepts(long deadline) {
        return size == 0 || deadlines[(head + size - 1) & (deadlines.length - 1)] <= deadline;
    }

    /** Appends an entry; call only when {@link #accepts} says so. */
    void add(long deadline, HeartbeatTimer timer) {
        if (size == deadlines.length) {
            grow();
        }
        int tail = (head + size) & (deadlines.length - 1);
        deadlines[tail] = deadline;
        timers[tail] = timer;
        size++;
    }

    /** @return the head's deadline; the queue must not be empty */
    long headDeadline() {
        return deadlines[head];
    }

    /** Removes the head and returns its timer; the queue must not be empty. */
    HeartbeatTimer poll() {
        HeartbeatTimer timer = timers[head];
        timers[head] = null;
        head = (head + 1) & (deadlines.length - 1);
        size--;
        return timer;
    }

    private void grow() {
        int capacity = deadlines.length;
        long[] d = new long[capacity * 2];
        HeartbeatTimer[] t = new HeartbeatTimer[capacity * 2];
        for (int i = 0; i < size; i++) {
            int from = (head + i) & (capacity - 1);
            d[i] = deadlines[from];
            t[i] = timers[from];
        }
        deadlines = d;
        timers = t;
        head = 0;
    }
}
