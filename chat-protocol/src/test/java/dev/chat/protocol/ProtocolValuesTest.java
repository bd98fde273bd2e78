package dev.chat.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shared values: limits with their builder, results and errors. */
class ProtocolValuesTest {

  @Test
  void defaultsAreDocumented() {
    assertThat(ProtocolLimits.DEFAULTS).isEqualTo(new ProtocolLimits(1_000_000, 10, 1_000, 32));
    assertThat(ProtocolLimits.builder().build()).isEqualTo(ProtocolLimits.DEFAULTS);
  }

  @Test
  void builderChangesOnlyWhatIsSet() {
    ProtocolLimits limits = ProtocolLimits.builder().maxAttachments(3).maxJsonDepth(8).build();
    assertThat(limits).isEqualTo(new ProtocolLimits(1_000_000, 3, 1_000, 8));
    assertThat(limits.toBuilder().maxPayloadBytes(10).build())
        .isEqualTo(new ProtocolLimits(10, 3, 1_000, 8));
  }

  @Test
  void buildRejectsInvalidFieldsByName() {
    assertThatThrownBy(() -> ProtocolLimits.builder().maxPayloadBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPayloadBytes must be positive: 0");
    assertThatThrownBy(() -> ProtocolLimits.builder().maxAttachments(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttachments must not be negative: -1");
    assertThatThrownBy(() -> ProtocolLimits.builder().maxPacketsPerPayload(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPacketsPerPayload must be positive: 0");
    assertThatThrownBy(() -> ProtocolLimits.builder().maxJsonDepth(1001).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxJsonDepth must be between 1 and 1000: 1001");
  }

  @Test
  void resultsMapAndThrow() {
    DecodeResult<String> ok = DecodeResult.ok("a");
    assertThat(ok.isOk()).isTrue();
    assertThat(ok.map(String::length)).isEqualTo(DecodeResult.ok(1));
    assertThat(ok.orElseThrow()).isEqualTo("a");

    DecodeResult<String> invalid = DecodeResult.invalid(ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON");
    assertThat(invalid.isOk()).isFalse();
    assertThat(invalid.map(String::length))
        .isEqualTo(DecodeResult.invalid(ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON"));
    assertThatThrownBy(invalid::orElseThrow)
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> assertThat(e.error())
                .isEqualTo(new ProtocolError(ProtocolErrorCode.INVALID_JSON, "Payload is not valid JSON")))
        .hasMessage("INVALID_JSON: Payload is not valid JSON");
  }

  @Test
  void deepestAllowedNestingDoesNotOverflowTheStack() {
    ProtocolLimits deepest = ProtocolLimits.builder().maxJsonDepth(ProtocolLimits.MAX_JSON_DEPTH_CEILING).build();
    String nested = "2[\"x\"," + "[".repeat(999) + "]".repeat(999) + "]";
    assertThat(dev.chat.protocol.socketio.SocketDecoder.forServer(deepest).decodeText(nested).isOk()).isTrue();
    String tooDeep = "2[\"x\"," + "[".repeat(1000) + "]".repeat(1000) + "]";
    assertThat(dev.chat.protocol.socketio.SocketDecoder.forServer(deepest).decodeText(tooDeep))
        .isEqualTo(DecodeResult.invalid(ProtocolErrorCode.JSON_TOO_DEEP, "JSON nesting exceeds the limit of 1000 levels"));
  }
}
