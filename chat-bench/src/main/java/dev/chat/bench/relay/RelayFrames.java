package dev.chat.bench.relay;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.Instant;

/** The relay's outbound frames, written by hand in the seed's wire shapes. */
final class RelayFrames {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private RelayFrames() {}

  static String open(String sid) {
    return "0{\"sid\":\"" + sid + "\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}";
  }

  static String connected(String sid) {
    return "40{\"sid\":\"" + sid + "\"}";
  }

  static String refused() {
    return "44{\"message\":\"Authentication error\"}";
  }

  /** {@code 42["new_message",{...}]}. */
  static ByteBuf newMessage(ByteBufAllocator alloc, RelayState.StoredMessage m) {
    StringBuilder sb = new StringBuilder(256).append("42[\"new_message\",");
    common(sb, m).append(",\"read_at\":null,\"created_at\":\"");
    ISO_MILLIS.formatTo(Instant.ofEpochMilli(m.createdAtMillis()), sb);
    sb.append("\"}]");
    return utf8(alloc, sb);
  }

  /** {@code 42["message_notification",{..., "type":"new_message"}]}. */
  static ByteBuf notification(ByteBufAllocator alloc, RelayState.StoredMessage m) {
    StringBuilder sb = new StringBuilder(256).append("42[\"message_notification\",");
    common(sb, m).append(",\"created_at\":\"");
    ISO_MILLIS.formatTo(Instant.ofEpochMilli(m.createdAtMillis()), sb);
    sb.append("\",\"type\":\"new_message\"}]");
    return utf8(alloc, sb);
  }

  private static StringBuilder common(StringBuilder sb, RelayState.StoredMessage m) {
    sb.append("{\"id\":").append(m.id())
        .append(",\"conversation_id\":").append(m.conversationId())
        .append(",\"sender_id\":").append(m.senderId())
        .append(",\"receiver_id\":").append(m.receiverId())
        .append(",\"content\":\"");
    JsonStringEncoder.getInstance().quoteAsString(m.content(), sb);
    return sb.append("\",\"is_read\":false");
  }

  private static ByteBuf utf8(ByteBufAllocator alloc, CharSequence text) {
    ByteBuf buf = alloc.buffer(ByteBufUtil.utf8MaxBytes(text));
    ByteBufUtil.writeUtf8(buf, text);
    return buf;
  }
}
