package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.port.Audience;
import dev.chat.core.port.ConversationPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChatServiceSendTest extends ChatServiceTestSupport {

    private Conversation c;

    @BeforeEach
    void openConversation() {
        c = open(ALICE, BOB);
    }

    @Test
    void aSentMessageIsStoredThenEmittedToTheConversationAndNotifiedToTheReceiver() {
        Message m = service.send(ALICE_PHONE, SendMessage.of(c.id(), "Hello world!").toUser(BOB)).orElseThrow();

        assertThat(m).isEqualTo(new Message(m.id(), c.id(), ALICE, BOB, "Hello world!", false, null, T0_MILLIS, null));
        assertThat(store.findMessage(m.id())).contains(m);
        sink.assertNextEmitted(new ChatEvent.NewMessage(m), Audience.conversation(c.id()));
        sink.assertNextEmitted(new ChatEvent.MessageNotification(m), Audience.user(BOB));
    }

    @Test
    void theReceiverIsTheOtherParticipantWhenNoneIsNamed() {
        Message m = service.send(BOB_PHONE, SendMessage.of(c.id(), "hi")).orElseThrow();

        assertThat(m.senderId()).isEqualTo(BOB);
        assertThat(m.receiverId()).isEqualTo(ALICE);
        sink.assertNextEmitted(new ChatEvent.NewMessage(m), Audience.conversation(c.id()));
        sink.assertNextEmitted(new ChatEvent.MessageNotification(m), Audience.user(ALICE));
    }

    @Test
    void nonNumericUserIdsWorkLikeNumericOnes() {
        Conversation withCarol = open(CAROL, ALICE);

        Message m = service.send(CAROL_PHONE, SendMessage.of(withCarol.id(), "uuid").toUser(ALICE)).orElseThrow();

        assertThat(m.senderId()).isEqualTo(CAROL);
        assertThat(m.senderId().isNumeric()).isFalse();
        assertThat(m.receiverId().asLong()).isEqualTo(456);
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEmitted(new ChatEvent.MessageNotification(m), Audience.user(ALICE));
    }

    @Test
    void aNamedReceiverOtherThanTheOtherParticipantIsRejected() {
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi").toUser(CAROL)),
                ChatErrorCode.INVALID_RECEIVER, "The receiver is not the other participant of this conversation.");
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi").toUser(ALICE)),
                ChatErrorCode.INVALID_RECEIVER, "The receiver is not the other participant of this conversation.");
        assertNothingStored();
    }

    @Test
    void aNonParticipantCannotSend() {
        assertRejected(service.send(CAROL_PHONE, SendMessage.of(c.id(), "hi").toUser(BOB)),
                ChatErrorCode.NOT_PARTICIPANT, "You are not a participant in this conversation.");
        assertNothingStored();
    }

    @Test
    void sendingIntoAnUnknownConversationIsRejected() {
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id() + 1, "hi")),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(0, "hi")),
                ChatErrorCode.CONVERSATION_NOT_FOUND, "Conversation not found.");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\n", "\t\r\n ", "\u2003"})
    void emptyOrBlankContentIsRejected(String content) {
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), content)),
                ChatErrorCode.EMPTY_CONTENT, "Message content must not be empty.");
        assertNothingStored();
    }

    @Test
    void contentUpTo10000CharactersIsAcceptedAndLongerIsRejected() {
        assertThat(service.send(ALICE_PHONE, SendMessage.of(c.id(), "x".repeat(10_000))).isOk()).isTrue();
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "x".repeat(10_001))),
                ChatErrorCode.CONTENT_TOO_LONG, "Message content must be at most 10000 characters.");
        assertThat(store.history(c.id(), OptionalLong.empty(), 10)).hasSize(1);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String emojis = "😀".repeat(10_000);
        assertThat(emojis.length()).isEqualTo(20_000);

        assertThat(service.send(ALICE_PHONE, SendMessage.of(c.id(), emojis)).orElseThrow().content()).isEqualTo(emojis);
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), emojis + "😀")),
                ChatErrorCode.CONTENT_TOO_LONG, "Message content must be at most 10000 characters.");
    }

    @Test
    void theContentLimitIsConfigurable() {
        service = newService(store, ConversationPolicy.PARTICIPANTS_ONLY, ChatConfig.builder().maxContentLength(5).build());

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "123456")),
                ChatErrorCode.CONTENT_TOO_LONG, "Message content must be at most 5 characters.");
        assertThat(service.send(ALICE_PHONE, SendMessage.of(c.id(), "12345")).isOk()).isTrue();
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
    }

    @Test
    void contentIsStoredAsSentWithoutTrimming() {
        Message m = sendAndDrain(ALICE_PHONE, c.id(), "  spaced out \n");

        assertThat(m.content()).isEqualTo("  spaced out \n");
    }

    @Test
    void aRepeatedClientMessageIdReturnsTheStoredMessageAndEmitsNothing() {
        SendMessage command = SendMessage.of(c.id(), "once").withClientMessageId("c-42");
        Message first = service.send(ALICE_PHONE, command).orElseThrow();
        sink.assertNextEmitted(new ChatEvent.NewMessage(first), Audience.conversation(c.id()));
        sink.assertNextEmitted(new ChatEvent.MessageNotification(first), Audience.user(BOB));
        clock.advance(Duration.ofSeconds(3));

        Message again = service.send(ALICE_LAPTOP, command).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(first.clientMessageId()).isEqualTo("c-42");
        assertThat(store.history(c.id(), OptionalLong.empty(), 10)).containsExactly(first);
    }

    @Test
    void reusingAClientMessageIdForDifferentContentOrAnotherConversationIsRejected() {
        Conversation withCarol = open(ALICE, CAROL);
        sendAndDrainCommand(SendMessage.of(c.id(), "original").withClientMessageId("k"));

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "changed").withClientMessageId("k")),
                ChatErrorCode.CLIENT_MESSAGE_ID_CONFLICT, "This client message id was already used for a different message.");
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(withCarol.id(), "original").withClientMessageId("k")),
                ChatErrorCode.CLIENT_MESSAGE_ID_CONFLICT, "This client message id was already used for a different message.");
        assertThat(store.history(withCarol.id(), OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void anotherSenderMayUseTheSameClientMessageId() {
        Message fromAlice = sendAndDrainCommand(SendMessage.of(c.id(), "same").withClientMessageId("k"));

        Message fromBob = service.send(BOB_PHONE, SendMessage.of(c.id(), "same").withClientMessageId("k")).orElseThrow();

        assertThat(fromBob.id()).isGreaterThan(fromAlice.id());
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
    }

    @Test
    void aClientMessageIdMustBeBetween1And128Characters() {
        char[] max = new char[128];
        Arrays.fill(max, 'k');

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi").withClientMessageId("")),
                ChatErrorCode.INVALID_ARGUMENT, "clientMessageId must be between 1 and 128 characters.");
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi").withClientMessageId(new String(max) + "k")),
                ChatErrorCode.INVALID_ARGUMENT, "clientMessageId must be between 1 and 128 characters.");
        assertNothingStored();
        sendAndDrainCommand(SendMessage.of(c.id(), "hi").withClientMessageId(new String(max)));
    }

    @Test
    void messagesAreStampedWithTheClockTruncatedToMilliseconds() {
        clock.advance(Duration.ofNanos(1_999_999));

        Message m = sendAndDrain(ALICE_PHONE, c.id(), "t");

        assertThat(m.createdAt()).isEqualTo(T0_MILLIS.plusMillis(2));
    }

    private Message sendAndDrainCommand(SendMessage command) {
        Message m = service.send(ALICE_PHONE, command).orElseThrow();
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
        return m;
    }

    private void assertNothingStored() {
        assertThat(store.history(c.id(), OptionalLong.empty(), 10)).isEmpty();
    }
}
