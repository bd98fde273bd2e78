package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;

/**
 * Sends through a blocking store that commits later (as a group-committing store does): nothing is
 * emitted before the store has the message, events follow the store's order, failures are
 * rejections, and a waiting {@code send} holds no lock another send needs.
 */
class ChatServiceSendAsyncTest extends ChatServiceTestSupport {

    /** Drafts handed to the store and not yet stored, oldest first. */
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private Conversation c;

    private record Pending(MessageDraft draft, CompletableFuture<AppendResult> result) {}

    @BeforeEach
    void useAStoreThatCommitsWhenTold() {
        c = open(ALICE, BOB);
        ChatStore later = mock(ChatStore.class, withSettings().defaultAnswer(AdditionalAnswers.delegatesTo(store)));
        doReturn(true).when(later).isBlocking();
        doAnswer(call -> {
            CompletableFuture<AppendResult> result = new CompletableFuture<>();
            synchronized (pending) {
                pending.add(new Pending(call.getArgument(0), result));
                pending.notifyAll();
            }
            return result;
        }).when(later).appendAsync(any());
        service = newService(later, ConversationPolicy.PARTICIPANTS_ONLY, ChatConfig.DEFAULTS);
    }

    @AfterEach
    void stopTheOtherThread() {
        other.shutdownNow();
    }

    @Test
    void nothingIsEmittedBeforeTheStoreHasTheMessage() {
        CompletionStage<Result<Message>> sent = service.sendAsync(ALICE_PHONE, SendMessage.of(c.id(), "hi"));

        assertThat(sent.toCompletableFuture()).isNotDone();
        sink.assertExhausted();

        Message stored = commitNext();
        assertThat(sent.toCompletableFuture().join()).isEqualTo(Result.ok(stored));
        assertThat(stored.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(sink.assertNextEvent(ChatEvent.NewMessage.class).message()).isEqualTo(stored);
        assertThat(sink.assertNextEvent(ChatEvent.MessageNotification.class).message()).isEqualTo(stored);
    }

    @Test
    void sendsAreEmittedInTheOrderTheStoreNumberedThem() {
        CompletionStage<Result<Message>> first = service.sendAsync(ALICE_PHONE, SendMessage.of(c.id(), "one"));
        clock.advance(Duration.ofMillis(5));
        CompletionStage<Result<Message>> second = service.sendAsync(BOB_PHONE, SendMessage.of(c.id(), "two"));

        Message one = commitNext();
        Message two = commitNext();

        assertThat(one.id()).isLessThan(two.id());
        assertThat(one.createdAt()).isBefore(two.createdAt());
        assertThat(first.toCompletableFuture().join()).isEqualTo(Result.ok(one));
        assertThat(second.toCompletableFuture().join()).isEqualTo(Result.ok(two));
        assertThat(sink.assertNextEvent(ChatEvent.NewMessage.class).message()).isEqualTo(one);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
        assertThat(sink.assertNextEvent(ChatEvent.NewMessage.class).message()).isEqualTo(two);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
    }

    @Test
    void aStoreFailureIsARejectionAndEmitsNothing() {
        CompletionStage<Result<Message>> sent = service.sendAsync(ALICE_PHONE, SendMessage.of(c.id(), "hi"));

        takeNext().result().completeExceptionally(new StoreUnavailableException("commit failed"));

        assertRejected(sent.toCompletableFuture().join(), ChatErrorCode.STORE_UNAVAILABLE,
                "The chat store is unavailable; try again later.");
        assertThat(store.history(c.id(), OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void invalidSendsAreRejectedWithoutTheStore() {
        assertRejected(service.sendAsync(CAROL_PHONE, SendMessage.of(c.id(), "hi")).toCompletableFuture().join(),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertThat(service.sendAsync(ALICE_PHONE, SendMessage.of(c.id(), "")).toCompletableFuture().join().isOk())
                .isFalse();
        assertThat(pending).isEmpty();
    }

    @Test
    void aWaitingSendHoldsNoLockThatAnotherSendOfTheConversationNeeds() throws Exception {
        Future<Result<Message>> waiting = other.submit(() -> service.send(ALICE_PHONE, SendMessage.of(c.id(), "one")));
        awaitPending(1);

        // Would wait for the first send's commit if send held the conversation's lock meanwhile.
        CompletionStage<Result<Message>> second = service.sendAsync(BOB_PHONE, SendMessage.of(c.id(), "two"));
        assertThat(pending).hasSize(2);

        Message one = commitNext();
        Message two = commitNext();
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(Result.ok(one));
        assertThat(second.toCompletableFuture().join()).isEqualTo(Result.ok(two));
        sink.drain();
    }

    /** Stores the oldest pending draft in the in-memory store and completes its stage. */
    private Message commitNext() {
        Pending next = takeNext();
        AppendResult appended = store.append(next.draft());
        next.result().complete(appended);
        return appended.message();
    }

    private Pending takeNext() {
        synchronized (pending) {
            return pending.remove();
        }
    }

    private void awaitPending(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        synchronized (pending) {
            while (pending.size() < count && System.nanoTime() < deadline) {
                pending.wait(100);
            }
            assertThat(pending).hasSize(count);
        }
    }
}
