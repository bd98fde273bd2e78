package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import dev.chat.core.port.Audience;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.core.port.StoreUnavailableException;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;

/**
 * A store that fails (Mockito, delegating to the in-memory store otherwise) must yield a rejection
 * with the right code, and nothing may be emitted or half-written.
 */
class ChatServiceStoreFailureTest extends ChatServiceTestSupport {

    private static final String UNAVAILABLE = "The chat store is unavailable; try again later.";
    private static final String INTERNAL = "An internal error occurred.";

    private ChatStore failing;
    private Conversation c;

    @BeforeEach
    void useAFailingStore() {
        c = open(ALICE, BOB);
        failing = mock(ChatStore.class, withSettings().defaultAnswer(AdditionalAnswers.delegatesTo(store)));
        service = newService(failing, ConversationPolicy.PARTICIPANTS_ONLY, ChatConfig.DEFAULTS);
    }

    @Test
    void anUnavailableStoreOnSendRejectsAndEmitsNothing() {
        doThrow(new StoreUnavailableException("pool exhausted")).when(failing).append(any());

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi")), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertThat(store.history(c.id(), OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void anUnexpectedStoreFailureOnSendIsInternalAndEmitsNothing() {
        doThrow(new IllegalStateException("constraint violated")).when(failing).append(any());

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi")), ChatErrorCode.INTERNAL, INTERNAL);
    }

    @Test
    void aFailingConversationLookupRejectsEveryConversationCall() {
        doThrow(new StoreUnavailableException("down")).when(failing).findConversation(anyLong());

        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi")), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.join(ALICE_PHONE, c.id()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.leave(ALICE_PHONE, c.id()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.markRead(BOB_PHONE, c.id()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.history(BOB, HistoryQuery.latest(c.id())), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.typingStart(ALICE_PHONE, c.id(), Optional.empty()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.typingStop(ALICE_PHONE, c.id(), Optional.empty()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertThat(service.nextTypingExpiry()).isEmpty();
    }

    @Test
    void aFailingReadMarkLeavesMessagesUnreadAndEmitsNoReceipt() {
        Message m = sendAndDrain(ALICE_PHONE, c.id(), "hi");
        doThrow(new StoreUnavailableException("timeout")).when(failing).markRead(anyLong(), any(), any());

        assertRejected(service.markRead(BOB_PHONE, c.id()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertThat(store.findMessage(m.id())).contains(m);
    }

    @Test
    void failuresOfOpeningListingAndNotifyingAreRejections() {
        doThrow(new StoreUnavailableException("down")).when(failing).openOrGetConversation(any(), any(), any());
        doThrow(new RuntimeException("boom")).when(failing).summaries(any(), anyInt());
        doThrow(new StoreUnavailableException("down")).when(failing).appendNotification(any());
        doThrow(new StoreUnavailableException("down")).when(failing).notifications(any(), any(), anyInt());

        assertRejected(service.openOrGetConversation(ALICE, CAROL), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.openConversation(ALICE, CAROL), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.conversations(ALICE), ChatErrorCode.INTERNAL, INTERNAL);
        assertRejected(service.publishNotification(new PublishNotification(BOB, "t", "m", "x")),
                ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertRejected(service.notifications(BOB, NotificationQuery.latest()), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);
        assertThat(store.findConversationBetween(ALICE, CAROL)).isEmpty();
    }

    @Test
    void theServiceRecoversOnceTheStoreIsBack() {
        doThrow(new StoreUnavailableException("blip")).doAnswer(AdditionalAnswers.delegatesTo(store)).when(failing).append(any());
        assertRejected(service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi")), ChatErrorCode.STORE_UNAVAILABLE, UNAVAILABLE);

        Message m = service.send(ALICE_PHONE, SendMessage.of(c.id(), "hi")).orElseThrow();

        sink.assertNextEmitted(new ChatEvent.NewMessage(m), Audience.conversation(c.id()));
        sink.assertNextEmitted(new ChatEvent.MessageNotification(m), Audience.user(BOB));
    }
}
