package dev.chat.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineQueueTest {

    @Test
    void keepsEntriesInOrderAcrossWrapAndGrowth() {
        DeadlineQueue queue = new DeadlineQueue();
        List<Long> out = new ArrayList<>();
        long next = 0;
        // Interleave adds and polls so that the ring wraps before it grows, twice over.
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 12 * (round + 1); i++) {
                assertThat(queue.accepts(next)).isTrue();
                queue.add(next++, null);
            }
            for (int i = 0; i < 10; i++) {
                out.add(queue.headDeadline());
                queue.poll();
            }
        }
        while (!queue.isEmpty()) {
            out.add(queue.headDeadline());
            queue.poll();
        }
        assertThat(out).hasSize((int) next);
        for (int i = 0; i < out.size(); i++) {
            assertThat(out.get(i)).isEqualTo(i);
        }
    }

    @Test
    void acceptsOnlyDeadlinesNoEarlierThanItsTail() {
        DeadlineQueue queue = new DeadlineQueue();
        assertThat(queue.accepts(Long.MIN_VALUE)).isTrue();
        queue.add(100, null);
        assertThat(queue.accepts(100)).isTrue();
        assertThat(queue.accepts(99)).isFalse();
        queue.poll();
        assertThat(queue.accepts(99)).as("empty again").isTrue();
    }
}
