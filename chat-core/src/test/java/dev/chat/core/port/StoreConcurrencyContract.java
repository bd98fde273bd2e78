package dev.chat.core.port;

import static dev.chat.core.port.StoreFixtures.ALICE;
import static dev.chat.core.port.StoreFixtures.BOB;
import static dev.chat.core.port.StoreFixtures.at;
import static dev.chat.core.port.StoreFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ChatStore} implementation must have under concurrent calls: appends
 * stored exactly once in id order, idempotent appends and opens atomic, and read marks atomic with
 * respect to appends. Extend it, implement {@link #newStore()}, and JUnit runs the suite against the
 * implementation. Each test is bounded in time.
 */
public abstract class StoreConcurrencyContract {

    private static final int THREADS = 8;
    private static final long TIMEOUT_SECONDS = 60;

    /** The fresh, empty store under test, created before each test. */
    protected ChatStore store;

    private ExecutorService pool;

    /**
     * Returns a new, empty store. Called once before each test.
     *
     * @return the store under test
     */
    protected abstract ChatStore newStore();

    /**
     * How many messages each appending thread sends in the append tests; a slow durable store may
     * lower it.
     *
     * @return messages per thread, 250 by default
     */
    protected int messagesPerThread() {
        return 250;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void concurrentOpensOfOnePairReturnOneConversation() throws Exception {
        List<Conversation> opened = runAll(THREADS, t -> {
            List<Conversation> mine = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                mine.add(t % 2 == 0 ? store.openConversation(ALICE, BOB, at(t)) : store.openConversation(BOB, ALICE, at(t)));
            }
            return mine;
        });

        assertThat(new HashSet<>(opened)).hasSize(1);
        assertThat(store.summaries(ALICE, 10)).hasSize(1);
    }

    @Test
    void concurrentAppendsAreEachStoredOnceWithIdsInStoreOrder() throws Exception {
        Conversation c = store.openConversation(ALICE, BOB, at(0));
        int perThread = messagesPerThread();

        List<Message> returned = runAll(THREADS, t -> {
            List<Message> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                UserId sender = t % 2 == 0 ? ALICE : BOB;
                mine.add(store.append(draft(c.id(), sender, c.otherParticipant(sender), t + "-" + i, at(i))).message());
            }
            // Within one thread each append happens after the previous one, so ids must increase.
            for (int i = 1; i < mine.size(); i++) {
                assertThat(mine.get(i).id()).isGreaterThan(mine.get(i - 1).id());
            }
            return mine;
        });

        List<Message> history = fullHistory(c.id());
        assertThat(history).hasSize(THREADS * perThread);
        assertThat(history).extracting(Message::id).isSorted().doesNotHaveDuplicates();
        assertThat(history).extracting(Message::content).doesNotHaveDuplicates();
        assertThat(history).containsExactlyInAnyOrderElementsOf(returned);
    }

    @Test
    void concurrentAppendsWithOneClientMessageIdStoreOneMessage() throws Exception {
        Conversation c = store.openConversation(ALICE, BOB, at(0));

        List<AppendResult> results = runAll(THREADS, t -> List.of(
                store.append(draft(c.id(), ALICE, BOB, "once", at(t), "same-key"))));

        assertThat(results).filteredOn(AppendResult::created).hasSize(1);
        assertThat(results).extracting(r -> r.message().id()).containsOnly(results.get(0).message().id());
        assertThat(fullHistory(c.id())).hasSize(1);
    }

    @Test
    void markReadRacingAppendsCountsEachMessageOnceAndNeverMarksALaterOne() throws Exception {
        Conversation c = store.openConversation(ALICE, BOB, at(0));
        AtomicLong ticks = new AtomicLong();
        int appenders = THREADS - 2;
        int perThread = messagesPerThread();

        List<Integer> counts = runAll(THREADS, t -> {
            List<Integer> marked = new ArrayList<>();
            if (t < appenders) {
                for (int i = 0; i < perThread; i++) {
                    store.append(draft(c.id(), ALICE, BOB, t + "-" + i, at(ticks.incrementAndGet())));
                }
            } else {
                for (int i = 0; i < perThread / 2; i++) {
                    marked.add(store.markRead(c.id(), BOB, at(ticks.incrementAndGet())));
                }
            }
            return marked;
        });

        List<Message> history = fullHistory(c.id());
        assertThat(history).hasSize(appenders * perThread);
        List<Message> read = history.stream().filter(Message::read).toList();
        assertThat(read).allSatisfy(m -> assertThat(m.readAt()).isAfterOrEqualTo(m.createdAt()));
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(read.size());
        long unread = history.size() - read.size();
        assertThat(store.summaries(BOB, 10)).singleElement()
                .satisfies(s -> assertThat(s.unreadCount()).isEqualTo(unread));

        assertThat(store.markRead(c.id(), BOB, at(ticks.incrementAndGet()))).isEqualTo((int) unread);
        assertThat(fullHistory(c.id())).allSatisfy(m -> assertThat(m.read()).isTrue());
    }

    /** Every message of a conversation, paging back 200 at a time, oldest to newest. */
    private List<Message> fullHistory(long conversationId) {
        List<Message> all = new ArrayList<>();
        OptionalLong before = OptionalLong.empty();
        while (true) {
            List<Message> page = store.history(conversationId, before, 200);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(0, page);
            before = OptionalLong.of(page.get(0).id());
        }
    }

    /** Runs {@code threads} tasks released at once and returns all their results, bounded in time. */
    private <T> List<T> runAll(int threads, Task<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Callable<List<T>> call = () -> {
                start.await();
                return task.run(index);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<T> all = new ArrayList<>();
        for (Future<List<T>> f : futures) {
            all.addAll(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return all;
    }

    @FunctionalInterface
    private interface Task<T> {
        List<T> run(int threadIndex) throws Exception;
    }
}
