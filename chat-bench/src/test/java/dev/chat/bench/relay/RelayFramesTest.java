package dev.chat.bench.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RelayFramesTest {
  private final RelayState.StoredMessage m =
      new RelayState.StoredMessage(101, 123, 456, 789, "Hello \"world\"!", 1698400800000L);

  private static String text(ByteBuf buf) {
    try {
      return buf.toString(StandardCharsets.UTF_8);
    } finally {
      buf.release();
    }
  }

  @Test
  void newMessageHasTheSeedsShape() {
    assertThat(text(RelayFrames.newMessage(UnpooledByteBufAllocator.DEFAULT, m))).isEqualTo(
        "42[\"new_message\",{\"id\":101,\"conversation_id\":123,\"sender_id\":456,\"receiver_id\":789,"
            + "\"content\":\"Hello \\\"world\\\"!\",\"is_read\":false,\"read_at\":null,"
            + "\"created_at\":\"2023-10-27T10:00:00.000Z\"}]");
  }

  @Test
  void notificationHasTheSeedsShape() {
    assertThat(text(RelayFrames.notification(UnpooledByteBufAllocator.DEFAULT, m))).isEqualTo(
        "42[\"message_notification\",{\"id\":101,\"conversation_id\":123,\"sender_id\":456,\"receiver_id\":789,"
            + "\"content\":\"Hello \\\"world\\\"!\",\"is_read\":false,\"created_at\":\"2023-10-27T10:00:00.000Z\","
            + "\"type\":\"new_message\"}]");
  }
}
