package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.ChatEvent.TypingStopReason;
import dev.chat.core.port.Audience;
import dev.chat.core.port.ConversationPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatServiceTypingTest extends ChatServiceTestSupport {

    private Conversation c;

    @BeforeEach
    void openConversation() {
        c = open(ALICE, BOB);
    }

    @Test
    void typingStartIsRelayedToTheConversationExceptTheTypingConnection() {
        assertThat(service.typingStart(ALICE_PHONE, c.id(), Optional.of(BOB)).orElseThrow()).isEqualTo(c);

        sink.assertNextEmittedExcept(new ChatEvent.TypingStarted(c.id(), ALICE), ALICE_PHONE.connection(),
                Audience.conversation(c.id()));
        assertThat(service.nextTypingExpiry()).contains(T0.plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void typingStopIsRelayedAndEndsTheIndicator() {
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);

        service.typingStop(ALICE_PHONE, c.id(), Optional.of(BOB)).orElseThrow();

        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(c.id(), ALICE, TypingStopReason.EXPLICIT),
                ALICE_PHONE.connection(), Audience.conversation(c.id()));
        assertThat(service.nextTypingExpiry()).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        assertThat(service.expireTyping()).isZero();
    }

    @Test
    void typingStopWithoutAStartIsStillRelayed() {
        service.typingStop(BOB_PHONE, c.id(), Optional.empty()).orElseThrow();

        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(c.id(), BOB, TypingStopReason.EXPLICIT),
                BOB_PHONE.connection(), Audience.conversation(c.id()));
    }

    @Test
    void anIndicatorNotRefreshedFor5SecondsExpiresWithATypingStop() {
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);

        clock.advance(Duration.ofMillis(4_999));
        assertThat(service.expireTyping()).isZero();

        clock.advance(Duration.ofMillis(1));
        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(c.id(), ALICE, TypingStopReason.EXPIRED),
                ALICE_PHONE.connection(), Audience.conversation(c.id()));
        assertThat(service.nextTypingExpiry()).isEmpty();
        assertThat(service.expireTyping()).isZero();
    }

    @Test
    void aRefreshIsRelayedAndPushesTheExpiryBack() {
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);
        clock.advance(Duration.ofSeconds(3));
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(service.expireTyping()).isZero();
        assertThat(service.nextTypingExpiry()).contains(T0_MILLIS.plusSeconds(8));

        clock.advance(Duration.ofSeconds(3));
        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEvent(ChatEvent.TypingStopped.class);
    }

    @Test
    void anIndicatorStoppedAndStartedAgainIsNotExpiredByItsOldDeadline() {
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        service.typingStop(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.drain();

        assertThat(service.nextTypingExpiry()).contains(T0_MILLIS.plusSeconds(7));
        clock.advance(Duration.ofSeconds(3));
        assertThat(service.expireTyping()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEvent(ChatEvent.TypingStopped.class);
    }

    @Test
    void manyRefreshesKeepOneIndicatorThatExpiresOnce() {
        for (int i = 0; i < 1_000; i++) {
            service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
            clock.advance(Duration.ofMillis(10));
        }
        sink.drain();

        assertThat(service.nextTypingExpiry()).contains(T0_MILLIS.plusMillis(9_990 + 5_000));
        clock.advance(Duration.ofSeconds(5));
        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEvent(ChatEvent.TypingStopped.class);
        assertThat(service.nextTypingExpiry()).isEmpty();
    }

    @Test
    void indicatorsExpireOldestFirstAndTheNextExpiryFollows() {
        Conversation withCarol = open(ALICE, CAROL);
        service.typingStart(BOB_PHONE, c.id(), Optional.empty()).orElseThrow();
        clock.advance(Duration.ofSeconds(1));
        service.typingStart(CAROL_PHONE, withCarol.id(), Optional.of(ALICE)).orElseThrow();
        sink.drain();

        assertThat(service.nextTypingExpiry()).contains(T0_MILLIS.plusSeconds(5));
        clock.advance(Duration.ofSeconds(10));
        assertThat(service.expireTyping()).isEqualTo(2);

        assertThat(sink.assertNextEvent(ChatEvent.TypingStopped.class).userId()).isEqualTo(BOB);
        assertThat(sink.assertNextEvent(ChatEvent.TypingStopped.class).userId()).isEqualTo(CAROL);
    }

    @Test
    void theTimeoutIsConfigurable() {
        service = newService(store, ConversationPolicy.PARTICIPANTS_ONLY,
                ChatConfig.builder().typingTimeout(Duration.ofMillis(750)).build());
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        sink.assertNextEvent(ChatEvent.TypingStarted.class);

        clock.advance(Duration.ofMillis(750));

        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEvent(ChatEvent.TypingStopped.class);
    }

    @Test
    void aDisconnectStopsEveryIndicatorOfThatConnectionOnly() {
        Conversation withCarol = open(ALICE, CAROL);
        service.typingStart(ALICE_PHONE, c.id(), Optional.empty()).orElseThrow();
        service.typingStart(ALICE_PHONE, withCarol.id(), Optional.empty()).orElseThrow();
        service.typingStart(ALICE_LAPTOP, c.id(), Optional.empty()).orElseThrow();
        sink.drain();

        service.disconnected(ALICE_PHONE);

        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(c.id(), ALICE, TypingStopReason.DISCONNECTED),
                ALICE_PHONE.connection(), Audience.conversation(c.id()));
        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(withCarol.id(), ALICE, TypingStopReason.DISCONNECTED),
                ALICE_PHONE.connection(), Audience.conversation(withCarol.id()));
        clock.advance(Duration.ofSeconds(5));
        assertThat(service.expireTyping()).isEqualTo(1);
        sink.assertNextEmittedExcept(new ChatEvent.TypingStopped(c.id(), ALICE, TypingStopReason.EXPIRED),
                ALICE_LAPTOP.connection(), Audience.conversation(c.id()));
    }

    @Test
    void aDisconnectWithoutTypingEmitsNothing() {
        service.disconnected(BOB_PHONE);
    }

    @Test
    void typingIsForParticipantsNamingTheRightReceiverOnly() {
        assertRejected(service.typingStart(CAROL_PHONE, c.id(), Optional.empty()),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.typingStart(ALICE_PHONE, c.id(), Optional.of(CAROL)),
                ChatErrorCode.INVALID_RECEIVER, "The receiver is not the other participant of this conversation.");
        assertRejected(service.typingStart(ALICE_PHONE, c.id() + 7, Optional.empty()),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
        assertRejected(service.typingStop(CAROL_PHONE, c.id(), Optional.empty()),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertRejected(service.typingStop(ALICE_PHONE, c.id(), Optional.of(ALICE)),
                ChatErrorCode.INVALID_RECEIVER, "The receiver is not the other participant of this conversation.");

        assertThat(service.nextTypingExpiry()).isEmpty();
    }
}
