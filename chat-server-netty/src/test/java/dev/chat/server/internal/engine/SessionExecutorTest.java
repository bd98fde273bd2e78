package dev.chat.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionExecutorTest {

    private final EventLoop first = new DefaultEventLoop();
    private final EventLoop second = new DefaultEventLoop();
    private final ExecutorService senders = Executors.newFixedThreadPool(4);

    @AfterEach
    void shutdown() {
        senders.shutdownNow();
        first.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        second.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void tasksFromManyThreadsRunOneAtATimeInEachThreadsOrderAcrossAMove() throws Exception {
        SessionExecutor executor = new SessionExecutor(first, "test");
        int perThread = 20_000;
        List<long[]> ran = new ArrayList<>(); // touched only by confined tasks: no lock on purpose
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(4 * perThread);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int sender = t;
            futures.add(senders.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    int seq = i;
                    executor.execute(() -> {
                        assertThat(executor.confined()).isTrue();
                        ran.add(new long[] {sender, seq});
                        threads.add(Thread.currentThread());
                        if (sender == 0 && seq == perThread / 2) {
                            executor.moveTo(second);
                        }
                        done.countDown();
                    });
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executor.confined()).isFalse();

        // Read the results on the session's loop, where they were written.
        List<long[]> results = executor.loop().submit(() -> new ArrayList<>(ran)).get(5, TimeUnit.SECONDS);
        assertThat(results).hasSize(4 * perThread);
        long[] next = new long[4];
        for (long[] r : results) {
            assertThat(r[1]).as("sender %d order", r[0]).isEqualTo(next[(int) r[0]]);
            next[(int) r[0]]++;
        }
        Thread firstThread = first.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        Thread secondThread = second.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        List<Thread> seen = executor.loop().submit(() -> new ArrayList<>(threads)).get(5, TimeUnit.SECONDS);
        int moveAt = seen.indexOf(secondThread);
        assertThat(moveAt).isPositive();
        assertThat(seen.subList(0, moveAt)).containsOnly(firstThread);
        assertThat(seen.subList(moveAt, seen.size())).containsOnly(secondThread);
    }

    @Test
    void scheduledTasksRunConfinedOnTheLoopOfTheMoment() throws Exception {
        SessionExecutor executor = new SessionExecutor(first, "test");
        CountDownLatch moved = new CountDownLatch(1);
        executor.execute(() -> {
            executor.moveTo(second);
            moved.countDown();
        });
        assertThat(moved.await(5, TimeUnit.SECONDS)).isTrue();
        Thread secondThread = second.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
        java.util.concurrent.CompletableFuture<Thread> ranOn = new java.util.concurrent.CompletableFuture<>();

        executor.schedule(() -> ranOn.complete(Thread.currentThread()), 10, TimeUnit.MILLISECONDS);

        assertThat(ranOn.get(5, TimeUnit.SECONDS)).isSameAs(secondThread);
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
        SessionExecutor executor = new SessionExecutor(first, "test");
        CountDownLatch after = new CountDownLatch(1);

        executor.execute(() -> {
            throw new IllegalStateException("task bug");
        });
        executor.execute(after::countDown);

        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
