package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.RecordingChatEventSink;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many threads calling the service on one conversation, with a clock that ticks on every read. */
class ChatServiceConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;
    private static final UserId ALICE = UserId.of(456);
    private static final UserId BOB = UserId.of(789);
    private static final Caller ALICE_PHONE = Caller.of(ALICE, ConnectionId.of("alice-phone"));
    private static final Caller BOB_PHONE = Caller.of(BOB, ConnectionId.of("bob-phone"));

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final RecordingChatEventSink sink = new RecordingChatEventSink();
    private final ChatService service = ChatService.builder().store(store).sink(sink).clock(new TickingClock()).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final Conversation c = service.openConversation(ALICE, BOB).orElseThrow();

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void concurrentSendsAreStoredOnceInIdOrderAndEmittedInThatOrder() throws Exception {
        List<Result<Message>> results = runAll(t -> {
            Caller sender = t % 2 == 0 ? ALICE_PHONE : BOB_PHONE;
            List<Result<Message>> mine = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
                mine.add(service.send(sender, SendMessage.of(c.id(), t + "-" + i)));
            }
            return mine;
        });

        assertThat(results).allSatisfy(r -> assertThat(r.isOk()).isTrue());
        List<Message> history = fullHistory();
        assertThat(history).hasSize(THREADS * PER_THREAD);
        assertThat(history).extracting(Message::id).isSorted().doesNotHaveDuplicates();
        assertThat(history).extracting(Message::createdAt).isSorted();
        assertThat(history).extracting(Message::content).doesNotHaveDuplicates();

        List<RecordingChatEventSink.Call> calls = sink.drain();
        List<Long> newMessageIds = idsOf(calls, ChatEvent.NewMessage.class);
        List<Long> notificationIds = idsOf(calls, ChatEvent.MessageNotification.class);
        List<Long> storedIds = history.stream().map(Message::id).toList();
        assertThat(newMessageIds).isEqualTo(storedIds);
        assertThat(notificationIds).isEqualTo(storedIds);
    }

    @Test
    void markReadRacingSendsNeverMarksAMessageStoredAfterItsReadAt() throws Exception {
        int senders = THREADS - 2;
        List<ReadReceipt> receipts = runAll(t -> {
            List<ReadReceipt> mine = new ArrayList<>();
            if (t < senders) {
                for (int i = 0; i < PER_THREAD; i++) {
                    service.send(ALICE_PHONE, SendMessage.of(c.id(), t + "-" + i)).orElseThrow();
                }
            } else {
                for (int i = 0; i < PER_THREAD / 2; i++) {
                    mine.add(service.markRead(BOB_PHONE, c.id()).orElseThrow());
                }
            }
            return mine;
        });

        List<Message> history = fullHistory();
        assertThat(history).hasSize(senders * PER_THREAD);
        List<Message> read = history.stream().filter(Message::read).toList();
        Set<Instant> readTimes = receipts.stream().map(ReadReceipt::readAt).collect(Collectors.toSet());
        assertThat(read).allSatisfy(m -> {
            assertThat(m.readAt()).isAfterOrEqualTo(m.createdAt());
            assertThat(readTimes).contains(m.readAt());
        });
        assertThat(receipts.stream().mapToInt(ReadReceipt::markedCount).sum()).isEqualTo(read.size());
        // Within one instance every message stamped before a read was stored before it, so it is read.
        Instant lastRead = readTimes.stream().max(Instant::compareTo).orElseThrow();
        assertThat(history).filteredOn(m -> !m.createdAt().isAfter(lastRead)).allSatisfy(m -> assertThat(m.read()).isTrue());

        List<RecordingChatEventSink.Call> calls = sink.drain();
        assertThat(calls).filteredOn(call -> eventOf(call) instanceof ChatEvent.MessagesRead).hasSize(receipts.size());
    }

    private List<Message> fullHistory() {
        List<Message> all = new ArrayList<>();
        OptionalLong before = OptionalLong.empty();
        for (List<Message> page = store.history(c.id(), before, 200); !page.isEmpty();
                page = store.history(c.id(), before, 200)) {
            all.addAll(0, page);
            before = OptionalLong.of(page.get(0).id());
        }
        return all;
    }

    private static List<Long> idsOf(List<RecordingChatEventSink.Call> calls, Class<? extends ChatEvent> type) {
        return calls.stream()
                .map(ChatServiceConcurrencyTest::eventOf)
                .filter(type::isInstance)
                .map(e -> e instanceof ChatEvent.NewMessage n ? n.message().id() : ((ChatEvent.MessageNotification) e).message().id())
                .toList();
    }

    private static ChatEvent eventOf(RecordingChatEventSink.Call call) {
        return call instanceof RecordingChatEventSink.Emitted emitted ? emitted.event() : null;
    }

    private <T> List<T> runAll(IntFunction<List<T>> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int index = t;
            Callable<List<T>> call = () -> {
                start.await();
                return task.apply(index);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<T> all = new ArrayList<>();
        for (Future<List<T>> f : futures) {
            all.addAll(f.get(30, TimeUnit.SECONDS));
        }
        return all;
    }

    /** A clock that moves one millisecond forward every time it is read. */
    private static final class TickingClock extends Clock {
        private static final Instant START = Instant.parse("2023-10-27T10:00:00Z");
        private final AtomicLong ticks = new AtomicLong();

        @Override
        public Instant instant() {
            return START.plusMillis(ticks.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
