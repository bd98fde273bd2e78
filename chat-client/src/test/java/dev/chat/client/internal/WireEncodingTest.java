package dev.chat.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands' JSON as the seed spells it, and the acknowledgement shapes. */
class WireEncodingTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void commandsAreTheSeedsPayloads() {
        assertThat(CommandEncoder.conversationId(123)).hasToString("123");
        assertThat(CommandEncoder.sendMessage(123, "456", "Hello world!"))
                .hasToString("{\"conversationId\":123,\"content\":\"Hello world!\",\"toUserId\":456}");
        assertThat(CommandEncoder.sendMessage(123, null, "x")).hasToString("{\"conversationId\":123,\"content\":\"x\"}");
        assertThat(CommandEncoder.markRead(123)).hasToString("{\"conversationId\":123}");
        assertThat(CommandEncoder.typing(123, "456")).hasToString("{\"conversationId\":123,\"toUserId\":456}");
    }

    @Test
    void onlyCanonicalLongUserIdsGoOutAsNumbers() {
        assertThat(CommandEncoder.userId("0").isNumber()).isTrue();
        assertThat(CommandEncoder.userId("9223372036854775807").isNumber()).isTrue();
        assertThat(CommandEncoder.userId("9223372036854775808")).hasToString("\"9223372036854775808\"");
        assertThat(CommandEncoder.userId("0456")).hasToString("\"0456\"");
        assertThat(CommandEncoder.userId("-1")).hasToString("\"-1\"");
        assertThat(CommandEncoder.userId("4.5")).hasToString("\"4.5\"");
        assertThat(CommandEncoder.userId("u-1")).hasToString("\"u-1\"");
    }

    @Test
    void acknowledgements() throws Exception {
        assertThat(AckDecoder.decode(List.of(json("{\"ok\":true}"))))
                .isEqualTo(new AckDecoder.Result.Accepted(json("{\"ok\":true}")));
        assertThat(AckDecoder.decode(List.of(json("{\"ok\":false,\"error\":{\"code\":\"NOT_PARTICIPANT\",\"message\":\"No.\"}}"))))
                .isEqualTo(new AckDecoder.Result.Rejected("NOT_PARTICIPANT", "No."));
        assertThat(AckDecoder.decode(List.of(json("{\"ok\":false}"))))
                .isEqualTo(new AckDecoder.Result.Rejected("UNKNOWN", "The server rejected the command."));
        assertThat(AckDecoder.decode(List.of()))
                .isEqualTo(new AckDecoder.Result.Malformed("the acknowledgement is not a JSON object"));
        assertThat(AckDecoder.decode(List.of(json("\"ok\""))))
                .isEqualTo(new AckDecoder.Result.Malformed("the acknowledgement is not a JSON object"));
        assertThat(AckDecoder.decode(List.of(json("{\"ok\":\"yes\"}"))))
                .isEqualTo(new AckDecoder.Result.Malformed("the acknowledgement has no boolean field ok"));
    }
}
