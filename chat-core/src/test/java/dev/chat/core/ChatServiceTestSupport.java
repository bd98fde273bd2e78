package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationPolicy;
import dev.chat.core.port.RecordingChatEventSink;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;

/** A service over an in-memory store, a recording sink and a mutable clock; users and connections. */
abstract class ChatServiceTestSupport {

    static final UserId ALICE = UserId.of(456);
    static final UserId BOB = UserId.of(789);
    static final UserId CAROL = UserId.of("3f2b8c1e-9a4d-4c7e-8f10-2b6a5d9e0c11");

    static final Caller ALICE_PHONE = Caller.of(ALICE, ConnectionId.of("alice-phone"));
    static final Caller ALICE_LAPTOP = Caller.of(ALICE, ConnectionId.of("alice-laptop"));
    static final Caller BOB_PHONE = Caller.of(BOB, ConnectionId.of("bob-phone"));
    static final Caller CAROL_PHONE = Caller.of(CAROL, ConnectionId.of("carol-phone"));

    /** The clock starts with sub-millisecond digits, which the service must drop. */
    static final Instant T0 = Instant.parse("2023-10-27T10:00:00.123456789Z");
    static final Instant T0_MILLIS = Instant.parse("2023-10-27T10:00:00.123Z");

    final MutableClock clock = new MutableClock(T0);
    final InMemoryChatStore store = new InMemoryChatStore();
    final RecordingChatEventSink sink = new RecordingChatEventSink();
    ChatService service = newService(store, ConversationPolicy.PARTICIPANTS_ONLY, ChatConfig.DEFAULTS);

    ChatService newService(ChatStore chatStore, ConversationPolicy policy, ChatConfig config) {
        return ChatService.builder().store(chatStore).sink(sink).clock(clock).policy(policy).config(config).build();
    }

    @AfterEach
    void everySinkCallWasAsserted() {
        sink.assertExhausted();
    }

    Conversation open(UserId a, UserId b) {
        return service.openConversation(a, b).orElseThrow();
    }

    /** Sends and takes the two events the send emitted. */
    Message sendAndDrain(Caller from, long conversationId, String content) {
        Message m = service.send(from, SendMessage.of(conversationId, content)).orElseThrow();
        sink.assertNextEvent(ChatEvent.NewMessage.class);
        sink.assertNextEvent(ChatEvent.MessageNotification.class);
        return m;
    }

    static void assertRejected(Result<?> result, ChatErrorCode code, String message) {
        assertThat(result).isEqualTo(Result.rejected(code, message));
    }
}
