package dev.chat.core.port;

import static dev.chat.core.port.StoreFixtures.ALICE;
import static dev.chat.core.port.StoreFixtures.BOB;
import static dev.chat.core.port.StoreFixtures.CAROL;
import static dev.chat.core.port.StoreFixtures.DAVE;
import static dev.chat.core.port.StoreFixtures.at;
import static dev.chat.core.port.StoreFixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ConversationStore} implementation must have, including the
 * {@link ChatStore#summaries} listing. Extend it, implement {@link #newStore()}, and JUnit runs the
 * whole suite against the implementation.
 */
public abstract class ConversationStoreContract {

    /** The fresh, empty store under test, created before each test. */
    protected ChatStore store;

    /**
     * Returns a new, empty store. Called once before each test.
     *
     * @return the store under test
     */
    protected abstract ChatStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void openCreatesAConversationWithTheGivenParticipantsAndTime() {
        Conversation c = store.openConversation(ALICE, BOB, at(0));

        assertThat(c.id()).isPositive();
        assertThat(c.first()).isEqualTo(ALICE);
        assertThat(c.second()).isEqualTo(BOB);
        assertThat(c.createdAt()).isEqualTo(at(0));
    }

    @Test
    void openingTheSamePairAgainInEitherOrderReturnsTheExistingConversation() {
        Conversation created = store.openConversation(ALICE, BOB, at(0));

        assertThat(store.openConversation(ALICE, BOB, at(1000))).isEqualTo(created);
        assertThat(store.openConversation(BOB, ALICE, at(2000))).isEqualTo(created);
    }

    @Test
    void openOrGetReportsCreatedOnlyForTheCallThatCreated() {
        OpenedConversation created = store.openOrGetConversation(ALICE, BOB, at(0));

        assertThat(created.created()).isTrue();
        assertThat(created.conversation().participants()).containsExactly(ALICE, BOB);
        assertThat(created.conversation().createdAt()).isEqualTo(at(0));
        assertThat(store.openOrGetConversation(ALICE, BOB, at(1000)))
                .isEqualTo(new OpenedConversation(created.conversation(), false));
        assertThat(store.openOrGetConversation(BOB, ALICE, at(2000)))
                .isEqualTo(new OpenedConversation(created.conversation(), false));
        assertThat(store.openConversation(BOB, ALICE, at(3000))).isEqualTo(created.conversation());
        assertThat(store.openOrGetConversation(ALICE, CAROL, at(4000)).created()).isTrue();
    }

    @Test
    void concurrentOpensOfOnePairReportCreatedExactlyOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 10; round++) {
                UserId newcomer = UserId.of("racer-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<OpenedConversation>> opens = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    boolean flip = t % 2 == 1;
                    opens.add(pool.submit(() -> {
                        start.await();
                        return flip ? store.openOrGetConversation(newcomer, BOB, at(1))
                                : store.openOrGetConversation(BOB, newcomer, at(1));
                    }));
                }
                start.countDown();
                List<OpenedConversation> opened = new ArrayList<>();
                for (Future<OpenedConversation> open : opens) {
                    opened.add(open.get(30, TimeUnit.SECONDS));
                }

                assertThat(opened).filteredOn(OpenedConversation::created).as("round %d", round).hasSize(1);
                assertThat(opened).extracting(OpenedConversation::conversation).as("round %d", round)
                        .containsOnly(store.findConversationBetween(BOB, newcomer).orElseThrow());
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void eachPairGetsItsOwnConversationWithStrictlyIncreasingIds() {
        Conversation ab = store.openConversation(ALICE, BOB, at(0));
        Conversation ac = store.openConversation(ALICE, CAROL, at(1));
        Conversation bc = store.openConversation(BOB, CAROL, at(2));
        Conversation cd = store.openConversation(CAROL, DAVE, at(3));

        assertThat(ac.id()).isGreaterThan(ab.id());
        assertThat(bc.id()).isGreaterThan(ac.id());
        assertThat(cd.id()).isGreaterThan(bc.id());
    }

    @Test
    void findConversationReturnsTheStoredConversationOrEmpty() {
        Conversation c = store.openConversation(CAROL, DAVE, at(0));

        assertThat(store.findConversation(c.id())).contains(c);
        assertThat(store.findConversation(c.id() + 1)).isEmpty();
        assertThat(store.findConversation(0)).isEmpty();
        assertThat(store.findConversation(-1)).isEmpty();
    }

    @Test
    void findConversationBetweenIgnoresOrderAndIsEmptyForAPairWithout() {
        Conversation c = store.openConversation(ALICE, CAROL, at(0));

        assertThat(store.findConversationBetween(ALICE, CAROL)).contains(c);
        assertThat(store.findConversationBetween(CAROL, ALICE)).contains(c);
        assertThat(store.findConversationBetween(ALICE, BOB)).isEmpty();
    }

    @Test
    void summariesAreEmptyForAUserWithoutConversations() {
        store.openConversation(ALICE, BOB, at(0));

        assertThat(store.summaries(CAROL, 10)).isEmpty();
    }

    @Test
    void aConversationWithoutMessagesHasNoLastMessageAndNothingUnread() {
        Conversation c = store.openConversation(ALICE, BOB, at(0));

        assertThat(store.summaries(ALICE, 10)).containsExactly(new ConversationSummary(c, null, 0));
        assertThat(store.summaries(BOB, 10)).containsExactly(new ConversationSummary(c, null, 0));
    }

    @Test
    void summaryHasTheLastMessageAndTheUnreadCountOfTheListingUser() {
        Conversation c = store.openConversation(ALICE, BOB, at(0));
        store.append(draft(c.id(), ALICE, BOB, "one", at(1)));
        store.append(draft(c.id(), ALICE, BOB, "two", at(2)));
        store.append(draft(c.id(), BOB, ALICE, "three", at(3)));
        Message last = store.append(draft(c.id(), ALICE, BOB, "four", at(4))).message();

        assertThat(store.summaries(BOB, 10)).containsExactly(new ConversationSummary(c, last, 3));
        assertThat(store.summaries(ALICE, 10)).containsExactly(new ConversationSummary(c, last, 1));

        store.markRead(c.id(), BOB, at(5));

        assertThat(store.summaries(BOB, 10)).singleElement()
                .satisfies(s -> assertThat(s.unreadCount()).isZero())
                .satisfies(s -> assertThat(s.lastMessage().read()).isTrue());
        assertThat(store.summaries(ALICE, 10)).singleElement()
                .satisfies(s -> assertThat(s.unreadCount()).isEqualTo(1));
    }

    @Test
    void summariesListMostRecentActivityFirst() {
        Conversation withBob = store.openConversation(ALICE, BOB, at(0));
        Conversation withCarol = store.openConversation(CAROL, ALICE, at(10));
        Conversation withDave = store.openConversation(ALICE, DAVE, at(20));
        store.append(draft(withBob.id(), BOB, ALICE, "late", at(30)));
        store.append(draft(withCarol.id(), CAROL, ALICE, "early", at(15)));

        assertThat(store.summaries(ALICE, 10))
                .extracting(s -> s.conversation().id())
                .containsExactly(withBob.id(), withDave.id(), withCarol.id());
    }

    @Test
    void summariesWithTheSameActivityTimeListTheHigherConversationIdFirst() {
        Conversation first = store.openConversation(ALICE, BOB, at(0));
        Conversation second = store.openConversation(ALICE, CAROL, at(0));
        Conversation third = store.openConversation(ALICE, DAVE, at(0));

        assertThat(store.summaries(ALICE, 10))
                .extracting(s -> s.conversation().id())
                .containsExactly(third.id(), second.id(), first.id());
    }

    @Test
    void summariesStopAtTheLimitKeepingTheMostRecent() {
        store.openConversation(ALICE, BOB, at(0));
        Conversation withCarol = store.openConversation(ALICE, CAROL, at(1));
        Conversation withDave = store.openConversation(ALICE, DAVE, at(2));

        List<ConversationSummary> page = store.summaries(ALICE, 2);

        assertThat(page).extracting(s -> s.conversation().id()).containsExactly(withDave.id(), withCarol.id());
    }

    @Test
    void summariesListOnlyTheUsersOwnConversations() {
        Conversation withBob = store.openConversation(ALICE, BOB, at(0));
        store.openConversation(CAROL, DAVE, at(1));
        Conversation bobCarol = store.openConversation(BOB, CAROL, at(2));

        assertThat(store.summaries(BOB, 10))
                .extracting(s -> s.conversation().id())
                .containsExactly(bobCarol.id(), withBob.id());
    }
}
