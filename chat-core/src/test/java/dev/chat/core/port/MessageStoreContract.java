package dev.chat.core.port;

import static dev.chat.core.port.StoreFixtures.ALICE;
import static dev.chat.core.port.StoreFixtures.BOB;
import static dev.chat.core.port.StoreFixtures.CAROL;
import static dev.chat.core.port.StoreFixtures.at;
import static dev.chat.core.port.StoreFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MessageStore} implementation must have. Extend it, implement
 * {@link #newStore()}, and JUnit runs the whole suite against the implementation.
 */
public abstract class MessageStoreContract {

    /** The fresh, empty store under test, created before each test. */
    protected ChatStore store;

    /** A conversation between ALICE and BOB. */
    private Conversation aliceBob;

    /** A conversation between ALICE and CAROL. */
    private Conversation aliceCarol;

    /**
     * Returns a new, empty store. Called once before each test.
     *
     * @return the store under test
     */
    protected abstract ChatStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        aliceBob = store.openConversation(ALICE, BOB, at(0));
        aliceCarol = store.openConversation(ALICE, CAROL, at(0));
    }

    @Test
    void appendStoresAnUnreadMessageWithEveryFieldAsGiven() {
        AppendResult result = store.append(draft(aliceBob.id(), ALICE, BOB, "Hello world!", at(1), "c-1"));

        assertThat(result.created()).isTrue();
        Message m = result.message();
        assertThat(m.id()).isPositive();
        assertThat(m).isEqualTo(new Message(m.id(), aliceBob.id(), ALICE, BOB, "Hello world!", false, null, at(1), "c-1"));
        assertThat(store.findMessage(m.id())).contains(m);
    }

    @Test
    void contentIsStoredExactlyIncludingWhitespaceAndNonAsciiText() {
        List<String> contents = List.of(
                "  padded\n\twith whitespace  ",
                "emoji 😀👍🏽 and CJK 你好 and RTL שלום",
                "quotes \" ' \\ and nul-free control-free text",
                "x".repeat(10_000),
                "😀".repeat(10_000));

        for (String content : contents) {
            Message m = store.append(draft(aliceBob.id(), ALICE, BOB, content, at(1))).message();
            assertThat(store.findMessage(m.id()).orElseThrow().content()).isEqualTo(content);
        }
    }

    @Test
    void timestampsKeepMillisecondPrecision() {
        Message m = store.append(draft(aliceBob.id(), ALICE, BOB, "t", at(877))).message();
        store.markRead(aliceBob.id(), BOB, at(999));

        Message stored = store.findMessage(m.id()).orElseThrow();
        assertThat(stored.createdAt()).isEqualTo(at(877));
        assertThat(stored.readAt()).isEqualTo(at(999));
    }

    @Test
    void idsStrictlyIncreaseAcrossConversations() {
        long previous = 0;
        for (int i = 0; i < 6; i++) {
            Conversation c = i % 2 == 0 ? aliceBob : aliceCarol;
            UserId receiver = c.otherParticipant(ALICE);
            long id = store.append(draft(c.id(), ALICE, receiver, "m" + i, at(i))).message().id();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void findMessageIsEmptyForAnUnknownId() {
        Message m = store.append(draft(aliceBob.id(), ALICE, BOB, "x", at(1))).message();

        assertThat(store.findMessage(m.id() + 1)).isEmpty();
        assertThat(store.findMessage(0)).isEmpty();
    }

    @Test
    void appendAsyncStoresInHandOverOrderAndFindsRepeatedKeys() throws Exception {
        List<CompletableFuture<AppendResult>> pending = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pending.add(store.appendAsync(draft(aliceBob.id(), ALICE, BOB, "m" + i, at(i), i == 3 ? "k" : null))
                    .toCompletableFuture());
        }
        AppendResult repeated = store.appendAsync(draft(aliceBob.id(), ALICE, BOB, "m3", at(30), "k"))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        List<Message> stored = new ArrayList<>();
        for (CompletableFuture<AppendResult> p : pending) {
            AppendResult r = p.get(10, TimeUnit.SECONDS);
            assertThat(r.created()).isTrue();
            stored.add(r.message());
        }
        assertThat(stored).extracting(Message::content).containsExactly(
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "m" + i).toArray(String[]::new));
        assertThat(stored).extracting(Message::id).isSorted().doesNotHaveDuplicates();
        assertThat(repeated).isEqualTo(new AppendResult(stored.get(3), false));
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 50)).containsExactlyElementsOf(stored);
    }

    @Test
    void aRepeatedClientMessageIdOfTheSameSenderReturnsTheStoredMessage() {
        Message first = store.append(draft(aliceBob.id(), ALICE, BOB, "once", at(1), "c-1")).message();

        AppendResult again = store.append(draft(aliceBob.id(), ALICE, BOB, "once", at(2), "c-1"));

        assertThat(again.created()).isFalse();
        assertThat(again.message()).isEqualTo(first);
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 10)).containsExactly(first);
    }

    @Test
    void aClientMessageIdIsScopedToTheSenderAcrossConversations() {
        Message first = store.append(draft(aliceBob.id(), ALICE, BOB, "a", at(1), "k")).message();

        AppendResult sameSenderOtherConversation = store.append(draft(aliceCarol.id(), ALICE, CAROL, "b", at(2), "k"));
        AppendResult otherSender = store.append(draft(aliceBob.id(), BOB, ALICE, "c", at(3), "k"));

        assertThat(sameSenderOtherConversation.created()).isFalse();
        assertThat(sameSenderOtherConversation.message()).isEqualTo(first);
        assertThat(otherSender.created()).isTrue();
        assertThat(otherSender.message().senderId()).isEqualTo(BOB);
    }

    @Test
    void aDuplicateReturnsTheMessageAsItIsNowIncludingItsReadState() {
        store.append(draft(aliceBob.id(), ALICE, BOB, "a", at(1), "k"));
        store.markRead(aliceBob.id(), BOB, at(5));

        Message again = store.append(draft(aliceBob.id(), ALICE, BOB, "a", at(6), "k")).message();

        assertThat(again.read()).isTrue();
        assertThat(again.readAt()).isEqualTo(at(5));
    }

    @Test
    void messagesWithoutAClientMessageIdAreNeverDeduplicated() {
        AppendResult first = store.append(draft(aliceBob.id(), ALICE, BOB, "same", at(1)));
        AppendResult second = store.append(draft(aliceBob.id(), ALICE, BOB, "same", at(1)));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isTrue();
        assertThat(second.message().id()).isGreaterThan(first.message().id());
    }

    @Test
    void historyIsOldestToNewestAndHoldsTheNewestPage() {
        List<Message> all = appendNumbered(aliceBob, 7);

        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 100)).isEqualTo(all);
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 3)).isEqualTo(all.subList(4, 7));
    }

    @Test
    void historyPagesBackFromAMessageIdExcludingIt() {
        List<Message> all = appendNumbered(aliceBob, 7);

        List<Message> page = store.history(aliceBob.id(), OptionalLong.of(all.get(4).id()), 3);
        List<Message> next = store.history(aliceBob.id(), OptionalLong.of(page.get(0).id()), 3);
        List<Message> last = store.history(aliceBob.id(), OptionalLong.of(next.get(0).id()), 3);

        assertThat(page).isEqualTo(all.subList(1, 4));
        assertThat(next).isEqualTo(all.subList(0, 1));
        assertThat(last).isEmpty();
    }

    @Test
    void historyBeforeAnIdAboveEveryMessageIsTheNewestPage() {
        List<Message> all = appendNumbered(aliceBob, 3);

        assertThat(store.history(aliceBob.id(), OptionalLong.of(Long.MAX_VALUE), 2)).isEqualTo(all.subList(1, 3));
    }

    @Test
    void historyHoldsOnlyTheConversationsOwnMessages() {
        List<Message> withBob = new ArrayList<>();
        List<Message> withCarol = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            withBob.add(store.append(draft(aliceBob.id(), ALICE, BOB, "b" + i, at(i))).message());
            withCarol.add(store.append(draft(aliceCarol.id(), CAROL, ALICE, "c" + i, at(i))).message());
        }

        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 10)).isEqualTo(withBob);
        assertThat(store.history(aliceCarol.id(), OptionalLong.empty(), 10)).isEqualTo(withCarol);
        assertThat(store.history(aliceCarol.id(), OptionalLong.of(withCarol.get(2).id()), 10))
                .isEqualTo(withCarol.subList(0, 2));
    }

    @Test
    void historyOfAConversationWithoutMessagesOrOfAnUnknownIdIsEmpty() {
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 50)).isEmpty();
        assertThat(store.history(aliceCarol.id() + 100, OptionalLong.empty(), 50)).isEmpty();
    }

    @Test
    void markReadMarksOnlyTheReadersMessagesWithOneReadAt() {
        Message toBob1 = store.append(draft(aliceBob.id(), ALICE, BOB, "1", at(1))).message();
        Message toAlice = store.append(draft(aliceBob.id(), BOB, ALICE, "2", at(2))).message();
        Message toBob2 = store.append(draft(aliceBob.id(), ALICE, BOB, "3", at(3))).message();

        int marked = store.markRead(aliceBob.id(), BOB, at(10));

        assertThat(marked).isEqualTo(2);
        assertThat(store.findMessage(toBob1.id())).contains(toBob1.markedRead(at(10)));
        assertThat(store.findMessage(toBob2.id())).contains(toBob2.markedRead(at(10)));
        assertThat(store.findMessage(toAlice.id())).contains(toAlice);
    }

    @Test
    void markingReadAgainMarksNothingAndKeepsTheFirstReadAt() {
        Message m = store.append(draft(aliceBob.id(), ALICE, BOB, "1", at(1))).message();
        store.markRead(aliceBob.id(), BOB, at(10));

        assertThat(store.markRead(aliceBob.id(), BOB, at(20))).isZero();
        assertThat(store.findMessage(m.id()).orElseThrow().readAt()).isEqualTo(at(10));
    }

    @Test
    void markReadLeavesMessagesCreatedAfterReadAtUnreadButMarksOnesCreatedAtReadAt() {
        Message before = store.append(draft(aliceBob.id(), ALICE, BOB, "before", at(9))).message();
        Message same = store.append(draft(aliceBob.id(), ALICE, BOB, "same", at(10))).message();
        Message after = store.append(draft(aliceBob.id(), ALICE, BOB, "after", at(11))).message();

        assertThat(store.markRead(aliceBob.id(), BOB, at(10))).isEqualTo(2);

        assertThat(store.findMessage(before.id()).orElseThrow().read()).isTrue();
        assertThat(store.findMessage(same.id()).orElseThrow().read()).isTrue();
        assertThat(store.findMessage(after.id())).contains(after);
    }

    @Test
    void markReadTouchesOnlyTheGivenConversation() {
        Message inOther = store.append(draft(aliceCarol.id(), CAROL, ALICE, "x", at(1))).message();
        store.append(draft(aliceBob.id(), BOB, ALICE, "y", at(1)));

        assertThat(store.markRead(aliceBob.id(), ALICE, at(5))).isEqualTo(1);
        assertThat(store.findMessage(inOther.id())).contains(inOther);
    }

    @Test
    void markReadWithNothingUnreadOrAnUnknownConversationMarksNothing() {
        assertThat(store.markRead(aliceBob.id(), BOB, at(1))).isZero();
        assertThat(store.markRead(aliceCarol.id() + 100, BOB, at(1))).isZero();
    }

    @Test
    void historyShowsReadState() {
        store.append(draft(aliceBob.id(), ALICE, BOB, "1", at(1)));
        store.markRead(aliceBob.id(), BOB, at(3));

        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 10)).singleElement()
                .satisfies(m -> assertThat(m.read()).isTrue())
                .satisfies(m -> assertThat(m.readAt()).isEqualTo(at(3)));
    }

    private List<Message> appendNumbered(Conversation c, int count) {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserId sender = i % 2 == 0 ? c.first() : c.second();
            messages.add(store.append(draft(c.id(), sender, c.otherParticipant(sender), "m" + i, at(i))).message());
        }
        return messages;
    }
}
