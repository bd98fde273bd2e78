package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.port.Audience;
import dev.chat.core.port.ConversationPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatServiceConversationTest extends ChatServiceTestSupport {

    @Test
    void connectingSubscribesTheConnectionToItsUsersAudience() {
        service.connected(ALICE_PHONE);

        sink.assertNextSubscribed(ALICE_PHONE.connection(), Audience.user(ALICE));
    }

    @Test
    void openingCreatesAConversationStampedNowToTheMillisecondAndEmitsNothing() {
        Conversation c = service.openConversation(ALICE, BOB).orElseThrow();

        assertThat(c.participants()).containsExactly(ALICE, BOB);
        assertThat(c.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(store.findConversation(c.id())).contains(c);
    }

    @Test
    void openingAnExistingPairInEitherOrderReturnsTheSameConversation() {
        Conversation c = open(ALICE, BOB);
        clock.advance(Duration.ofMinutes(1));

        assertThat(service.openConversation(BOB, ALICE).orElseThrow()).isEqualTo(c);
        assertThat(service.openConversation(ALICE, BOB).orElseThrow()).isEqualTo(c);
    }

    @Test
    void openOrGetSaysCreatedOnlyToTheCallThatCreatedTheConversation() {
        OpenedConversation first = service.openOrGetConversation(ALICE, BOB).orElseThrow();
        clock.advance(Duration.ofMinutes(1));

        assertThat(first.created()).isTrue();
        assertThat(first.conversation().createdAt()).isEqualTo(T0_MILLIS);
        assertThat(service.openOrGetConversation(BOB, ALICE).orElseThrow())
                .isEqualTo(new OpenedConversation(first.conversation(), false));
        assertThat(service.openOrGetConversation(ALICE, BOB).orElseThrow())
                .isEqualTo(new OpenedConversation(first.conversation(), false));
        assertThat(service.openOrGetConversation(ALICE, CAROL).orElseThrow().created()).isTrue();
    }

    @Test
    void openingAConversationWithOneselfIsRejected() {
        assertRejected(service.openConversation(ALICE, ALICE),
                ChatErrorCode.INVALID_ARGUMENT, "A conversation needs two different users.");
        assertRejected(service.openOrGetConversation(ALICE, ALICE),
                ChatErrorCode.INVALID_ARGUMENT, "A conversation needs two different users.");
    }

    @Test
    void thePolicyMayRefuseToOpenAndThenNothingIsStored() {
        ConversationPolicy noStrangers = new ConversationPolicy() {
            @Override
            public boolean mayOpen(UserId opener, UserId other) {
                return !other.equals(CAROL);
            }
        };
        service = newService(store, noStrangers, ChatConfig.DEFAULTS);

        assertRejected(service.openConversation(ALICE, CAROL),
                ChatErrorCode.FORBIDDEN, "You may not open a conversation with this user.");
        assertRejected(service.openOrGetConversation(ALICE, CAROL),
                ChatErrorCode.FORBIDDEN, "You may not open a conversation with this user.");
        assertThat(store.findConversationBetween(ALICE, CAROL)).isEmpty();
        assertThat(service.openConversation(ALICE, BOB).isOk()).isTrue();
    }

    @Test
    void conversationsListTheLastMessageAndTheUnreadCountMostRecentFirst() {
        Conversation withBob = open(ALICE, BOB);
        Conversation withCarol = open(CAROL, ALICE);
        clock.advance(Duration.ofSeconds(1));
        sendAndDrain(BOB_PHONE, withBob.id(), "one");
        Message last = sendAndDrain(BOB_PHONE, withBob.id(), "two");

        assertThat(service.conversations(ALICE).orElseThrow()).containsExactly(
                new ConversationSummary(withBob, last, 2),
                new ConversationSummary(withCarol, null, 0));
        assertThat(service.conversations(BOB).orElseThrow()).containsExactly(
                new ConversationSummary(withBob, last, 0));
    }

    @Test
    void conversationsStopAtTheConfiguredMaximum() {
        service = newService(store, ConversationPolicy.PARTICIPANTS_ONLY,
                ChatConfig.builder().maxConversationsListed(2).build());
        open(ALICE, BOB);
        open(ALICE, CAROL);
        open(ALICE, UserId.of(1));

        assertThat(service.conversations(ALICE).orElseThrow()).hasSize(2);
    }

    @Test
    void historyIsOldestToNewestWithTheDefaultPageOf50() {
        Conversation c = open(ALICE, BOB);
        List<Message> sent = sendMany(c, 60);

        assertThat(service.history(BOB, HistoryQuery.latest(c.id())).orElseThrow()).isEqualTo(sent.subList(10, 60));
    }

    @Test
    void historyPagesBackWithBeforeAndLimit() {
        Conversation c = open(ALICE, BOB);
        List<Message> sent = sendMany(c, 10);

        List<Message> page = service.history(ALICE, HistoryQuery.latest(c.id()).limit(4)).orElseThrow();
        List<Message> older = service.history(ALICE,
                HistoryQuery.latest(c.id()).before(page.get(0).id()).limit(4)).orElseThrow();

        assertThat(page).isEqualTo(sent.subList(6, 10));
        assertThat(older).isEqualTo(sent.subList(2, 6));
    }

    @Test
    void historyAcceptsTheMaximumLimitAndRejectsOutOfRangeArguments() {
        Conversation c = open(ALICE, BOB);

        assertThat(service.history(ALICE, HistoryQuery.latest(c.id()).limit(200)).isOk()).isTrue();
        assertThat(service.history(ALICE, HistoryQuery.latest(c.id()).limit(1)).isOk()).isTrue();
        assertRejected(service.history(ALICE, HistoryQuery.latest(c.id()).limit(201)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 200.");
        assertRejected(service.history(ALICE, HistoryQuery.latest(c.id()).limit(0)),
                ChatErrorCode.INVALID_ARGUMENT, "limit must be between 1 and 200.");
        assertRejected(service.history(ALICE, HistoryQuery.latest(c.id()).before(0)),
                ChatErrorCode.INVALID_ARGUMENT, "before must be a positive message id.");
        assertRejected(service.history(ALICE, HistoryQuery.latest(c.id()).before(-5)),
                ChatErrorCode.INVALID_ARGUMENT, "before must be a positive message id.");
    }

    @Test
    void historyIsForParticipantsOfAnExistingConversationOnly() {
        Conversation c = open(ALICE, BOB);

        assertRejected(service.history(CAROL, HistoryQuery.latest(c.id())),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.history(ALICE, HistoryQuery.latest(c.id() + 1)),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
        assertRejected(service.history(ALICE, HistoryQuery.latest(0)),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
    }

    @Test
    void joiningSubscribesTheConnectionToTheConversationAndLeavingUnsubscribesIt() {
        Conversation c = open(ALICE, BOB);

        assertThat(service.join(ALICE_PHONE, c.id()).orElseThrow()).isEqualTo(c);
        sink.assertNextSubscribed(ALICE_PHONE.connection(), Audience.conversation(c.id()));

        assertThat(service.leave(ALICE_PHONE, c.id()).orElseThrow()).isEqualTo(c);
        sink.assertNextUnsubscribed(ALICE_PHONE.connection(), Audience.conversation(c.id()));
    }

    @Test
    void joiningOrLeavingIsForParticipantsOfAnExistingConversationOnly() {
        Conversation c = open(ALICE, BOB);

        assertRejected(service.join(CAROL_PHONE, c.id()),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.leave(CAROL_PHONE, c.id()),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.join(ALICE_PHONE, c.id() + 1), ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
        assertRejected(service.leave(ALICE_PHONE, -1), ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
    }

    @Test
    void aPolicyMayLetANonParticipantJoinAndReadButNeverSend() {
        ConversationPolicy moderators = new ConversationPolicy() {
            @Override
            public boolean mayJoin(UserId user, Conversation conversation) {
                return user.equals(CAROL) || conversation.hasParticipant(user);
            }
        };
        service = newService(store, moderators, ChatConfig.DEFAULTS);
        Conversation c = open(ALICE, BOB);

        assertThat(service.join(CAROL_PHONE, c.id()).isOk()).isTrue();
        sink.assertNextSubscribed(CAROL_PHONE.connection(), Audience.conversation(c.id()));
        assertThat(service.history(CAROL, HistoryQuery.latest(c.id())).isOk()).isTrue();
        assertRejected(service.send(CAROL_PHONE, SendMessage.of(c.id(), "hi")),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
    }

    private List<Message> sendMany(Conversation c, int count) {
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(sendAndDrain(i % 2 == 0 ? ALICE_PHONE : BOB_PHONE, c.id(), "m" + i));
        }
        return sent;
    }
}
