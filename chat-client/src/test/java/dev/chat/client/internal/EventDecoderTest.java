package dev.chat.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.client.ServerError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Server events of the wrong shape: each is reported with the exact reason, never thrown. */
class EventDecoderTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Stream<Arguments> malformed() {
        String message = "\"conversation_id\":1,\"sender_id\":2,\"receiver_id\":3,\"content\":\"x\",\"is_read\":false,"
                + "\"read_at\":null,\"created_at\":\"2023-10-27T10:00:00.000Z\"";
        return Stream.of(
                Arguments.of("new_message", "[]", "payload is not a JSON object"),
                Arguments.of("new_message", "[42]", "payload is not a JSON object"),
                Arguments.of("new_message", "[{" + message + "}]", "field id is missing"),
                Arguments.of("new_message", "[{\"id\":null," + message + "}]", "field id is missing"),
                Arguments.of("new_message", "[{\"id\":1.5," + message + "}]", "field id is not an integer"),
                Arguments.of("new_message", "[{\"id\":\"x\"," + message + "}]", "field id is not an integer"),
                Arguments.of("new_message", "[{\"id\":99999999999999999999," + message + "}]", "field id is not an integer"),
                Arguments.of("new_message", "[{\"id\":1," + message.replace("\"sender_id\":2", "\"sender_id\":true") + "}]",
                        "field sender_id is not a user id"),
                Arguments.of("new_message", "[{\"id\":1," + message.replace("\"content\":\"x\"", "\"content\":7") + "}]",
                        "field content is not a string"),
                Arguments.of("new_message", "[{\"id\":1," + message.replace("\"is_read\":false", "\"is_read\":\"no\"") + "}]",
                        "field is_read is not a boolean"),
                Arguments.of("new_message", "[{\"id\":1," + message.replace("2023-10-27T10:00:00.000Z", "yesterday") + "}]",
                        "field created_at is not an ISO-8601 instant"),
                Arguments.of("new_message", "[{\"id\":1," + message.replace("\"read_at\":null", "\"read_at\":5") + "}]",
                        "field read_at is not a string"),
                Arguments.of("message_notification", "[{\"id\":1," + message + "}]", "field type is missing"),
                Arguments.of("messages_read", "[{\"conversationId\":1,\"userId\":2}]", "field readAt is missing"),
                Arguments.of("messages_read", "[{\"conversationId\":1,\"userId\":[2],\"readAt\":\"2023-10-27T10:00:00Z\"}]",
                        "field userId is not a user id"),
                Arguments.of("typing_start", "[{\"userId\":2}]", "field conversationId is missing"),
                Arguments.of("typing_stop", "[{\"conversationId\":1}]", "field userId is missing"),
                Arguments.of("typing_stop", "[\"1\"]", "payload is not a JSON object"),
                Arguments.of("new_notification", "[{\"id\":1,\"user_id\":2,\"title\":\"t\",\"message\":\"m\",\"type\":\"x\"}]",
                        "field created_at is missing"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformed")
    void malformedPayloadsNameTheirField(String event, String args, String reason) {
        List<JsonNode> arguments = JSON.convertValue(json(args), JSON.getTypeFactory()
                .constructCollectionType(List.class, JsonNode.class));
        assertThat(EventDecoder.decode(event, arguments)).isEqualTo(new EventDecoder.Result.Malformed(event, reason));
    }

    @Test
    void idsMayComeAsStringsAndUserIdsKeepTheirForm() {
        EventDecoder.Result result = EventDecoder.decode("typing_start",
                List.of(json("{\"conversationId\":\"12\",\"userId\":\"3f2a-uuid\"}")));
        assertThat(result).isEqualTo(new EventDecoder.Result.Decoded(new dev.chat.client.TypingStarted(12, "3f2a-uuid")));
    }

    @Test
    void unknownEventsAreNotErrors() {
        assertThat(EventDecoder.decode("presence", List.of())).isEqualTo(new EventDecoder.Result.Unknown("presence"));
    }

    @Test
    void errorPayloadsOfAnyShapeBecomeServerErrors() {
        assertThat(EventDecoder.serverError(json("{\"message\":\"Failed to send message\"}")))
                .isEqualTo(new ServerError("UNKNOWN", "Failed to send message"));
        assertThat(EventDecoder.serverError(json("{\"message\":\"No.\",\"code\":\"NOT_PARTICIPANT\"}")))
                .isEqualTo(new ServerError("NOT_PARTICIPANT", "No."));
        assertThat(EventDecoder.serverError(json("\"plain text\""))).isEqualTo(new ServerError("UNKNOWN", "plain text"));
        assertThat(EventDecoder.serverError(json("[1]"))).isEqualTo(new ServerError("UNKNOWN", "[1]"));
        assertThat(EventDecoder.serverError(null)).isEqualTo(new ServerError("UNKNOWN", "null"));
    }
}
