package dev.chat.protocol.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.protocol.ProtocolErrorCode;
import dev.chat.protocol.internal.DecodeFailure;
import org.junit.jupiter.api.Test;

/** The reader parses from a per-thread scratch buffer: what an earlier text left there must not leak. */
class JsonTreeReaderTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int DEPTH = 32;

  private static JsonNode read(String json) {
    String text = "2" + json; // as in a packet: the JSON starts after the type
    return JsonTreeReader.read(text, 1, text.length(), DEPTH);
  }

  @Test
  void aShortTextAfterALongOneSeesOnlyItself() throws Exception {
    String longer = "[\"send_message\",{\"conversationId\":1,\"content\":\"" + "x".repeat(500) + "\"}]";
    assertThat(read(longer)).isEqualTo(MAPPER.readTree(longer));
    assertThat(read("[\"a\",1]")).isEqualTo(MAPPER.readTree("[\"a\",1]"));
    assertThat(read("7")).isEqualTo(MAPPER.readTree("7"));
  }

  @Test
  void aTruncatedTextIsNotCompletedByTheRestOfAnEarlierOne() {
    read("[1,2,3]");
    assertThatThrownBy(() -> read("[1,2"))
        .isInstanceOfSatisfying(
            DecodeFailure.class, e -> assertThat(e.error().code()).isEqualTo(ProtocolErrorCode.INVALID_JSON));
  }

  @Test
  void textsLongerThanTheScratchBufferParse() throws Exception {
    String huge = "[\"" + "y".repeat(JsonTreeReader.SCRATCH_CHARS * 2) + "\"]";
    assertThat(read(huge)).isEqualTo(MAPPER.readTree(huge));
    assertThat(read("[true]")).isEqualTo(MAPPER.readTree("[true]"));
  }

  @Test
  void objectsKeepTheirFieldOrderBeyondTheInitialCapacity() {
    String json = "{\"k0\":0,\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9}";
    assertThat(read(json).toString()).isEqualTo(json);
    String array = "[0,1,2,3,4,5,6,7,8,9]";
    assertThat(read(array).toString()).isEqualTo(array);
  }
}
