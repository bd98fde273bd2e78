package dev.chat.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ControlCodecTest {
  private final ControlCodec codec = new ControlCodec();

  @Test
  void sendTemplateWrapsTheContentAsTheSeedsSendMessage() {
    String[] t = codec.sendTemplate(123, 456);
    assertThat(t[0] + "987" + t[1])
        .isEqualTo("42[\"send_message\",{\"conversationId\":123,\"content\":\"987\",\"toUserId\":456}]");
  }

  @Test
  void connectJoinAndPong() {
    assertThat(codec.connectText("abc")).isEqualTo("40{\"token\":\"abc\"}");
    assertThat(codec.joinText(5)).isEqualTo("42[\"join_conversation\",5]");
    assertThat(codec.pongFor("2")).isEqualTo("3");
    assertThat(codec.pongFor("42[\"x\"]")).isNull();
  }

  @Test
  void openPacketsAreCheckedAndOneTheCodecRejectsIsToleratedWithANote() {
    assertThat(codec.checkOpen("0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}"))
        .isEqualTo(ControlCodec.Outcome.OK);
    // netty-socketio's open packet has no maxPayload: chat-protocol accepts it (no limit announced).
    assertThat(codec.checkOpen("0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000}"))
        .isEqualTo(ControlCodec.Outcome.OK);
    ControlCodec.Outcome tolerated = codec.checkOpen("0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":60000,\"maxPayload\":0}");
    assertThat(tolerated.ok()).isTrue();
    assertThat(tolerated.problem()).contains("maxPayload");
    assertThat(codec.checkOpen("40").ok()).isFalse();
  }

  @Test
  void connectAnswers() {
    assertThat(codec.checkConnectAck("40{\"sid\":\"x\"}")).isEqualTo(ControlCodec.Outcome.OK);
    assertThat(codec.checkConnectAck("44{\"message\":\"Authentication error\"}"))
        .isEqualTo(ControlCodec.Outcome.problem("CONNECT refused: {\"message\":\"Authentication error\"}"));
  }

  @Test
  void codecAndScannerAgreeOnADelivery() {
    String frame = "42[\"new_message\",{\"id\":1,\"content\":\"555\"}]";
    ByteBuf buf = Unpooled.copiedBuffer(frame, StandardCharsets.UTF_8);
    long number = FrameScanner.contentNumber(buf);
    buf.release();
    assertThat(codec.isDeliveryWithContent(frame, "new_message", number)).isTrue();
    assertThat(codec.isDeliveryWithContent("42[\"new_message\",{\"content\":\"555:12\"}]", "new_message", 555)).isTrue();
    assertThat(codec.isDeliveryWithContent("42[\"new_message\",{\"content\":\"5551\"}]", "new_message", 555)).isFalse();
    assertThat(codec.isDeliveryWithContent(frame, "message_notification", number)).isFalse();
    assertThat(codec.isErrorEvent("42[\"error\",{\"message\":\"Failed to send message\"}]")).isTrue();
  }
}
