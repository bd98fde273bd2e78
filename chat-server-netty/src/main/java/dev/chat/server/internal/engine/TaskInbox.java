package dev.chat.server.internal.engine;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A FIFO of tasks, any number of producers and one consumer at a time, kept in the fields of the
 * object that extends it: producers push onto a lock-free stack, the consumer takes the whole stack
 * at once and runs it in arrival order. Every session has an inbox and most are empty nearly all the
 * time; unlike a {@code ConcurrentLinkedQueue} (an object and a node or two even when empty), an
 * empty inbox costs two null fields.
 */
abstract class TaskInbox {

    @SuppressWarnings("rawtypes")
    private static final AtomicReferenceFieldUpdater<TaskInbox, Node> PUSHED =
            AtomicReferenceFieldUpdater.newUpdater(TaskInbox.class, Node.class, "pushed");

    private static final class Node {
        final Runnable task;
        Node next;

        Node(Runnable task) {
            this.task = task;
        }
    }

    /** Tasks handed over and not taken yet, newest first. */
    private volatile Node pushed;
    /** Tasks taken, oldest first; the consumer's alone. */
    private Node taken;

    /** Adds a task; any thread. */
    final void push(Runnable task) {
        Node node = new Node(task);
        Node head;
        do {
            head = pushed;
            node.next = head;
        } while (!PUSHED.compareAndSet(this, head, node));
    }

    /** The oldest task, or null if there is none; the consumer only. */
    final Runnable poll() {
        Node next = taken;
        if (next == null) {
            Node stack = PUSHED.getAndSet(this, null);
            if (stack == null) {
                return null;
            }
            // Reverse the stack: oldest first.
            while (stack != null) {
                Node older = stack.next;
                stack.next = next;
                next = stack;
                stack = older;
            }
        }
        taken = next.next;
        return next.task;
    }

    /** Whether no task waits; exact for the consumer, a hint for other threads. */
    final boolean isInboxEmpty() {
        return taken == null && pushed == null;
    }
}
