package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.core.SendMessage;
import dev.chat.core.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChatPayloadDecoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Socket.IO event arguments, written as a JSON array. */
    private static List<JsonNode> args(String jsonArray) {
        try {
            List<JsonNode> args = new ArrayList<>();
            JSON.readTree(jsonArray).forEach(args::add);
            return args;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[123]", "[\"123\"]", "[{\"conversationId\":123}]", "[{\"conversationId\":\"123\"}]", "[123, \"extra\"]"})
    void conversationIdAsNumberStringOrObject(String payload) {
        assertThat(ChatPayloadDecoder.join(args(payload))).isEqualTo(new PayloadResult.Ok<>(123L));
        assertThat(ChatPayloadDecoder.leave(args(payload))).isEqualTo(new PayloadResult.Ok<>(123L));
        assertThat(ChatPayloadDecoder.markRead(args(payload))).isEqualTo(new PayloadResult.Ok<>(123L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[null]", "[0]", "[-1]", "[12.5]", "[\"12a\"]", "[\"0123\"]", "[\"\"]", "[true]",
            "[[123]]", "[{}]", "[{\"conversationId\":null}]", "[99999999999999999999]", "[\"1234567890123456789\"]"})
    void badConversationIds(String payload) {
        assertThat(ChatPayloadDecoder.join(args(payload))).isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.JOIN_SHAPE));
        assertThat(ChatPayloadDecoder.leave(args(payload))).isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.LEAVE_SHAPE));
        assertThat(ChatPayloadDecoder.markRead(args(payload)))
                .isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.MARK_READ_SHAPE));
    }

    @Test
    void sendMessageAsTheSeedWritesIt() {
        assertThat(ChatPayloadDecoder.send(args("[{\"conversationId\":123,\"content\":\"Hello world!\",\"toUserId\":456}]")))
                .isEqualTo(new PayloadResult.Ok<>(SendMessage.of(123, "Hello world!").toUser(UserId.of(456))));
        assertThat(ChatPayloadDecoder.send(args("[{\"conversationId\":\"123\",\"content\":\"x\",\"toUserId\":\"u-1\"}]")))
                .isEqualTo(new PayloadResult.Ok<>(SendMessage.of(123, "x").toUser(UserId.of("u-1"))));
        assertThat(ChatPayloadDecoder.send(args("[{\"conversationId\":1,\"content\":\"x\",\"clientMessageId\":\"c1\"}]")))
                .isEqualTo(new PayloadResult.Ok<>(SendMessage.of(1, "x").withClientMessageId("c1")));
        // Missing content is chat-core's empty-content refusal, not a shape error.
        assertThat(ChatPayloadDecoder.send(args("[{\"conversationId\":1,\"toUserId\":null}]")))
                .isEqualTo(new PayloadResult.Ok<>(SendMessage.of(1, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[\"hello\"]", "[123]", "[{\"content\":\"x\"}]", "[{\"conversationId\":1,\"content\":42}]",
            "[{\"conversationId\":1,\"content\":{\"a\":1}}]", "[{\"conversationId\":1,\"content\":\"x\",\"toUserId\":{}}]",
            "[{\"conversationId\":1,\"content\":\"x\",\"toUserId\":\" \"}]",
            "[{\"conversationId\":1,\"content\":\"x\",\"toUserId\":1.5}]",
            "[{\"conversationId\":1,\"content\":\"x\",\"clientMessageId\":7}]"})
    void badSendMessagePayloads(String payload) {
        assertThat(ChatPayloadDecoder.send(args(payload))).isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.SEND_SHAPE));
    }

    @Test
    void typingPayloads() {
        assertThat(ChatPayloadDecoder.typingStart(args("[{\"conversationId\":123,\"toUserId\":456}]")))
                .isEqualTo(new PayloadResult.Ok<>(new ChatPayloadDecoder.Typing(123, Optional.of(UserId.of(456)))));
        assertThat(ChatPayloadDecoder.typingStop(args("[{\"conversationId\":123}]")))
                .isEqualTo(new PayloadResult.Ok<>(new ChatPayloadDecoder.Typing(123, Optional.empty())));
        assertThat(ChatPayloadDecoder.typingStop(args("[123]")))
                .isEqualTo(new PayloadResult.Ok<>(new ChatPayloadDecoder.Typing(123, Optional.empty())));
        assertThat(ChatPayloadDecoder.typingStart(args("[{\"conversationId\":\"1x\"}]")))
                .isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.TYPING_START_SHAPE));
        assertThat(ChatPayloadDecoder.typingStop(args("[\"nope\"]")))
                .isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.TYPING_STOP_SHAPE));
        assertThat(ChatPayloadDecoder.typingStart(args("[{\"conversationId\":1,\"toUserId\":[1]}]")))
                .isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.TYPING_START_SHAPE));
        assertThat(ChatPayloadDecoder.typingStart(args("[]")))
                .isEqualTo(new PayloadResult.Invalid<>(ChatPayloadDecoder.TYPING_START_SHAPE));
    }
}
