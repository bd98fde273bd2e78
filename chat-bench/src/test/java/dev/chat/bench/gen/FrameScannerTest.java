package dev.chat.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FrameScannerTest {
  private ByteBuf buf;

  private ByteBuf frame(String text) {
    buf = Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    return buf;
  }

  @AfterEach
  void release() {
    if (buf != null) {
      buf.release();
    }
  }

  @Test
  void readsTheSeedsNewMessage() {
    ByteBuf f = frame("42[\"new_message\",{\"id\":101,\"conversation_id\":123,\"sender_id\":456,\"receiver_id\":789,"
        + "\"content\":\"1234567890\",\"is_read\":false,\"read_at\":null,\"created_at\":\"2023-10-27T10:00:00.000Z\"}]");
    assertThat(FrameScanner.kind(f)).isEqualTo(FrameScanner.Kind.NEW_MESSAGE);
    assertThat(FrameScanner.contentNumber(f)).isEqualTo(1234567890L);
  }

  @Test
  void readsTheSeedsNotificationWhateverTheFieldOrder() {
    ByteBuf f = frame("42[\"message_notification\",{\"type\":\"new_message\",\"content\":\"42\",\"id\":1}]");
    assertThat(FrameScanner.kind(f)).isEqualTo(FrameScanner.Kind.MESSAGE_NOTIFICATION);
    assertThat(FrameScanner.contentNumber(f)).isEqualTo(42);
  }

  @Test
  void readsTheStampAndHowLateItWasSent() {
    long[] out = new long[2];
    assertThat(FrameScanner.readContent(frame("42[\"new_message\",{\"content\":\"123:45\",\"id\":1}]"), out)).isTrue();
    assertThat(out).containsExactly(123, 45);
    release();
    assertThat(FrameScanner.readContent(frame("42[\"new_message\",{\"content\":\"9\"}]"), out)).isTrue();
    assertThat(out).containsExactly(9, 0);
    release();
    assertThat(FrameScanner.readContent(frame("42[\"new_message\",{\"content\":\":9\"}]"), out)).isFalse();
  }

  @Test
  void otherFramesAreNotDeliveries() {
    assertThat(FrameScanner.kind(frame("42[\"typing_start\",{\"conversationId\":1}]"))).isEqualTo(FrameScanner.Kind.OTHER);
    release();
    assertThat(FrameScanner.kind(frame("2"))).isEqualTo(FrameScanner.Kind.OTHER);
    release();
    assertThat(FrameScanner.kind(frame("42/chat,[\"new_message\",{}]"))).isEqualTo(FrameScanner.Kind.OTHER);
  }

  @Test
  void contentThatIsNotANumberReadsAsMinusOne() {
    assertThat(FrameScanner.contentNumber(frame("42[\"new_message\",{\"content\":\"hello\"}]"))).isEqualTo(-1);
    release();
    assertThat(FrameScanner.contentNumber(frame("42[\"new_message\",{\"id\":1}]"))).isEqualTo(-1);
    buf = null;
  }

  @Test
  void respectsTheReaderIndex() {
    ByteBuf f = frame("xx42[\"new_message\",{\"content\":\"7\"}]");
    f.skipBytes(2);
    assertThat(FrameScanner.kind(f)).isEqualTo(FrameScanner.Kind.NEW_MESSAGE);
    assertThat(FrameScanner.contentNumber(f)).isEqualTo(7);
  }

  @Test
  void writesDecimalsWithoutAllocatingStrings() {
    ByteBuf out = Unpooled.buffer();
    for (long v : new long[] {0, 7, 10, 99, 1_000_000_007L, Long.MAX_VALUE}) {
      out.clear();
      FrameScanner.writeDecimal(out, v);
      assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(Long.toString(v));
    }
    out.release();
  }
}
