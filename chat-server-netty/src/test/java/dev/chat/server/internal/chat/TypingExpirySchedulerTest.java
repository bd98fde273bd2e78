package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Caller;
import dev.chat.core.ChatConfig;
import dev.chat.core.ChatEvent;
import dev.chat.core.ChatService;
import dev.chat.core.ConnectionId;
import dev.chat.core.MutableClock;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.RecordingChatEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one typing timer, on a manual timer and a mutable clock: no sleeps. */
class TypingExpirySchedulerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final UserId ALICE = UserId.of(1);
    private static final UserId BOB = UserId.of(2);
    private static final Caller ALICE_PHONE = Caller.of(ALICE, ConnectionId.of("a1"));
    private static final Caller BOB_PHONE = Caller.of(BOB, ConnectionId.of("b1"));

    /** A timer whose tasks run only when the test says. */
    private static final class ManualTimer implements TypingExpiryScheduler.Timer {
        record Task(Runnable task, long delayMillis, CompletableFuture<Void> future) {}

        final Deque<Task> tasks = new ArrayDeque<>();

        @Override
        public Future<?> schedule(Runnable task, long delayMillis) {
            Task t = new Task(task, delayMillis, new CompletableFuture<>());
            tasks.add(t);
            return t.future;
        }

        /** Removes the next live task, asserting its delay. */
        Task assertNext(long delayMillis) {
            Task t;
            do {
                t = tasks.poll();
                assertThat(t).as("a scheduled task").isNotNull();
            } while (t.future.isCancelled());
            assertThat(t.delayMillis).isEqualTo(delayMillis);
            return t;
        }

        void run(Task t) {
            t.task.run();
            t.future.complete(null);
        }

        void assertNoLiveTask() {
            assertThat(tasks.stream().filter(t -> !t.future.isCancelled())).isEmpty();
        }
    }

    private final MutableClock clock = new MutableClock(T0);
    private final RecordingChatEventSink sink = new RecordingChatEventSink();
    private final ManualTimer timer = new ManualTimer();
    private ChatService service;
    private TypingExpiryScheduler scheduler;
    private long conversation;

    @BeforeEach
    void setUp() {
        service = ChatService.builder()
                .store(new InMemoryChatStore())
                .sink(sink)
                .clock(clock)
                .config(ChatConfig.builder().typingTimeout(TIMEOUT).build())
                .build();
        scheduler = new TypingExpiryScheduler(service, timer, clock);
        conversation = service.openConversation(ALICE, BOB).orElseThrow().id();
        sink.drain();
    }

    @AfterEach
    void nothingLeft() {
        sink.assertExhausted();
    }

    private void typing(Caller caller) {
        service.typingStart(caller, conversation, Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);
        scheduler.poke();
    }

    @Test
    void nobodyTypingSchedulesNothing() {
        scheduler.poke();
        timer.assertNoLiveTask();
    }

    @Test
    void anIndicatorExpiresWhenItsTimerFires() {
        typing(ALICE_PHONE);
        ManualTimer.Task task = timer.assertNext(TIMEOUT.toMillis() + TypingExpiryScheduler.SLACK_MILLIS);
        clock.advance(TIMEOUT.plusMillis(TypingExpiryScheduler.SLACK_MILLIS));
        timer.run(task);
        ChatEvent.TypingStopped stopped = sink.assertNextEvent(ChatEvent.TypingStopped.class);
        assertThat(stopped).isEqualTo(new ChatEvent.TypingStopped(conversation, ALICE, ChatEvent.TypingStopReason.EXPIRED));
        timer.assertNoLiveTask();
    }

    @Test
    void aRefreshMovesTheExpiryAndTheTimerReArms() {
        typing(ALICE_PHONE);
        ManualTimer.Task first = timer.assertNext(5002);
        clock.advance(Duration.ofSeconds(3));
        typing(ALICE_PHONE); // refresh: expires at T0+8s, the armed timer (T0+5s) is earlier and stays
        timer.assertNoLiveTask();
        clock.advance(Duration.ofMillis(2002));
        timer.run(first); // nothing is old enough yet
        ManualTimer.Task second = timer.assertNext(3000);
        clock.advance(Duration.ofMillis(3000));
        timer.run(second);
        assertThat(sink.assertNextEvent(ChatEvent.TypingStopped.class).userId()).isEqualTo(ALICE);
        timer.assertNoLiveTask();
    }

    @Test
    void oneTimerServesEveryTypistEarliestFirst() {
        typing(ALICE_PHONE);
        ManualTimer.Task alice = timer.assertNext(5002);
        clock.advance(Duration.ofSeconds(1));
        typing(BOB_PHONE);
        timer.assertNoLiveTask();
        clock.advance(Duration.ofMillis(4002));
        timer.run(alice);
        assertThat(sink.assertNextEvent(ChatEvent.TypingStopped.class).userId()).isEqualTo(ALICE);
        ManualTimer.Task bob = timer.assertNext(1000);
        clock.advance(Duration.ofMillis(1000));
        timer.run(bob);
        assertThat(sink.assertNextEvent(ChatEvent.TypingStopped.class).userId()).isEqualTo(BOB);
        timer.assertNoLiveTask();
    }
}
