package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.port.Audience;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceReadTest extends ChatServiceTestSupport {

    private Conversation c;

    @BeforeEach
    void openConversation() {
        c = open(ALICE, BOB);
    }

    @Test
    void markReadMarksTheCallersUnreadMessagesWithOneReadAtAndNotifiesEveryoneButTheCallingConnection() {
        Message first = sendAndDrain(ALICE_PHONE, c.id(), "one");
        Message second = sendAndDrain(ALICE_PHONE, c.id(), "two");
        Instant readAt = clock.advance(Duration.ofSeconds(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        ReadReceipt receipt = service.markRead(BOB_PHONE, c.id()).orElseThrow();

        assertThat(receipt).isEqualTo(new ReadReceipt(c.id(), BOB, readAt, 2));
        assertThat(store.findMessage(first.id())).contains(first.markedRead(readAt));
        assertThat(store.findMessage(second.id())).contains(second.markedRead(readAt));
        sink.assertNextEmittedExcept(new ChatEvent.MessagesRead(c.id(), BOB, readAt), BOB_PHONE.connection(),
                Audience.user(ALICE), Audience.user(BOB));
    }

    @Test
    void markReadLeavesTheCallersOwnMessagesUnread() {
        Message fromBob = sendAndDrain(BOB_PHONE, c.id(), "mine");
        sendAndDrain(ALICE_PHONE, c.id(), "yours");

        assertThat(service.markRead(BOB_PHONE, c.id()).orElseThrow().markedCount()).isEqualTo(1);

        assertThat(store.findMessage(fromBob.id())).contains(fromBob);
        sink.assertNextEvent(ChatEvent.MessagesRead.class);
    }

    @Test
    void withNothingUnreadTheReceiptIsStillReturnedAndEmitted() {
        ReadReceipt receipt = service.markRead(ALICE_LAPTOP, c.id()).orElseThrow();

        assertThat(receipt).isEqualTo(new ReadReceipt(c.id(), ALICE, T0_MILLIS, 0));
        sink.assertNextEmittedExcept(new ChatEvent.MessagesRead(c.id(), ALICE, T0_MILLIS), ALICE_LAPTOP.connection(),
                Audience.user(BOB), Audience.user(ALICE));
    }

    @Test
    void aMessageSentAfterTheReadStaysUnread() {
        sendAndDrain(ALICE_PHONE, c.id(), "before");
        service.markRead(BOB_PHONE, c.id()).orElseThrow();
        sink.assertNextEvent(ChatEvent.MessagesRead.class);
        clock.advance(Duration.ofMillis(1));

        Message after = sendAndDrain(ALICE_PHONE, c.id(), "after");

        assertThat(store.findMessage(after.id()).orElseThrow().read()).isFalse();
        assertThat(service.conversations(BOB).orElseThrow()).singleElement()
                .satisfies(s -> assertThat(s.unreadCount()).isEqualTo(1));
    }

    @Test
    void readingAgainKeepsTheFirstReadAt() {
        Message m = sendAndDrain(ALICE_PHONE, c.id(), "one");
        service.markRead(BOB_PHONE, c.id()).orElseThrow();
        sink.assertNextEvent(ChatEvent.MessagesRead.class);
        clock.advance(Duration.ofMinutes(5));

        assertThat(service.markRead(BOB_PHONE, c.id()).orElseThrow().markedCount()).isZero();

        assertThat(store.findMessage(m.id()).orElseThrow().readAt()).isEqualTo(T0_MILLIS);
        sink.assertNextEvent(ChatEvent.MessagesRead.class);
    }

    @Test
    void onlyParticipantsOfAnExistingConversationMayMarkRead() {
        Message m = sendAndDrain(ALICE_PHONE, c.id(), "one");

        assertRejected(service.markRead(CAROL_PHONE, c.id()),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.markRead(BOB_PHONE, c.id() + 1),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
        assertThat(store.findMessage(m.id())).contains(m);
    }
}
