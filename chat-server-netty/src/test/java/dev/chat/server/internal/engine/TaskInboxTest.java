package dev.chat.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TaskInboxTest {

    private static final class Inbox extends TaskInbox {
    }

    private static Runnable named(List<String> ran, String name) {
        return () -> ran.add(name);
    }

    private static void drain(Inbox inbox) {
        Runnable task;
        while ((task = inbox.poll()) != null) {
            task.run();
        }
    }

    @Test
    void runsTasksInArrivalOrderAlsoWhenTasksArriveBetweenPolls() {
        Inbox inbox = new Inbox();
        List<String> ran = new ArrayList<>();
        assertThat(inbox.isInboxEmpty()).isTrue();
        assertThat(inbox.poll()).isNull();

        inbox.push(named(ran, "a"));
        inbox.push(named(ran, "b"));
        inbox.push(named(ran, "c"));
        assertThat(inbox.isInboxEmpty()).isFalse();
        inbox.poll().run();
        inbox.push(named(ran, "d")); // while b and c are taken but not run
        assertThat(inbox.isInboxEmpty()).isFalse();
        drain(inbox);

        assertThat(ran).containsExactly("a", "b", "c", "d");
        assertThat(inbox.isInboxEmpty()).isTrue();
    }

    @Test
    void keepsEachProducersOrderAndLosesNothing() throws InterruptedException {
        Inbox inbox = new Inbox();
        List<String> ran = new ArrayList<>();
        int producers = 4;
        int each = 10_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < each; i++) {
                    inbox.push(named(ran, producer + ":" + i));
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        boolean done = false;
        while (!done) { // the consumer polls while the producers push
            done = threads.stream().noneMatch(Thread::isAlive);
            drain(inbox);
        }

        assertThat(ran).hasSize(producers * each);
        int[] next = new int[producers];
        for (String name : ran) {
            int producer = Integer.parseInt(name.substring(0, name.indexOf(':')));
            assertThat(Integer.parseInt(name.substring(name.indexOf(':') + 1))).isEqualTo(next[producer]++);
        }
    }
}
