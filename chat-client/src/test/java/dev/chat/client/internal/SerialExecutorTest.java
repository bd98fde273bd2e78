package dev.chat.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Listener tasks keep their order and never overlap, even on a thread pool, and survive a throwing task. */
class SerialExecutorTest {

    @Test
    void tasksRunInOrderOneAtATimeOnAPool() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            List<Integer> seen = new ArrayList<>(); // unsynchronized on purpose: tasks must not overlap
            AtomicInteger running = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                serial.execute(() -> {
                    if (running.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.add(n);
                    if (n == 500) {
                        throw new IllegalStateException("a listener bug");
                    }
                    running.decrementAndGet();
                });
                if (n == 500) {
                    serial.execute(running::decrementAndGet); // the throwing task could not decrement
                }
            }
            serial.execute(done::countDown);
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(overlaps).hasValue(0);
            assertThat(seen).hasSize(2_000);
            for (int i = 0; i < seen.size(); i++) {
                assertThat(seen.get(i)).isEqualTo(i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
