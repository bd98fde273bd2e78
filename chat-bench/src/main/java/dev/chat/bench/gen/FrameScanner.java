package dev.chat.bench.gen;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The generator's hot receive path: classifies a Socket.IO event frame and reads the send time
 * embedded in the message content straight from the frame's bytes, without decoding JSON or
 * allocating. Every frame that is not a chat delivery goes through the real codec instead
 * ({@link ControlCodec}), and a sample of deliveries is decoded by it too.
 */
final class FrameScanner {
  /** What a text frame carries, as far as the benchmark cares. */
  enum Kind { NEW_MESSAGE, MESSAGE_NOTIFICATION, OTHER }

  private static final byte[] NEW_MESSAGE = ascii("42[\"new_message\",");
  private static final byte[] NOTIFICATION = ascii("42[\"message_notification\",");
  private static final byte[] CONTENT_KEY = ascii("\"content\":\"");

  private FrameScanner() {}

  static Kind kind(ByteBuf frame) {
    return kind(frame, frame.readerIndex(), frame.writerIndex());
  }

  /** The kind of the frame text {@code frame[from, to)}. */
  static Kind kind(ByteBuf frame, int from, int to) {
    if (startsWith(frame, from, to, NEW_MESSAGE)) {
      return Kind.NEW_MESSAGE;
    }
    if (startsWith(frame, from, to, NOTIFICATION)) {
      return Kind.MESSAGE_NOTIFICATION;
    }
    return Kind.OTHER;
  }

  /**
   * The decimal number at the start of the {@code "content"} string, or -1 when the frame has no
   * content or it does not start with a digit.
   */
  static long contentNumber(ByteBuf frame) {
    long[] out = new long[2];
    return readContent(frame, out) ? out[0] : -1;
  }

  /**
   * Reads the generator's stamp from the content, {@code "<first>"} or {@code "<first>:<second>"},
   * into {@code out[0]} and {@code out[1]} (0 when absent); false when the content does not start
   * with a digit. Allocation-free.
   */
  static boolean readContent(ByteBuf frame, long[] out) {
    return readContent(frame, frame.readerIndex(), frame.writerIndex(), out);
  }

  /** As {@link #readContent(ByteBuf, long[])} for the frame text {@code frame[from, end)}. */
  static boolean readContent(ByteBuf frame, int from, int end, long[] out) {
    int at = indexOf(frame, from, end, CONTENT_KEY);
    if (at < 0) {
      return false;
    }
    int i = at + CONTENT_KEY.length;
    long first = 0;
    int digits = 0;
    byte b = 0;
    while (i < end) {
      b = frame.getByte(i++);
      if (b < '0' || b > '9') {
        break;
      }
      first = first * 10 + (b - '0');
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    long second = 0;
    if (b == ':') {
      while (i < end) {
        b = frame.getByte(i++);
        if (b < '0' || b > '9') {
          break;
        }
        second = second * 10 + (b - '0');
      }
    }
    out[0] = first;
    out[1] = second;
    return true;
  }

  static boolean startsWith(ByteBuf frame, int start, int end, byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (frame.getByte(start + i) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(ByteBuf frame, int from, int end, byte[] needle) {
    int last = end - needle.length;
    byte first = needle[0];
    outer:
    for (int i = from; i <= last; i++) {
      if (frame.getByte(i) != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (frame.getByte(i + j) != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** How many ASCII digits {@link #writeDecimal} writes for {@code value} (non-negative). */
  static int decimalLength(long value) {
    int digits = 1;
    while (value >= 10) {
      value /= 10;
      digits++;
    }
    return digits;
  }

  /** Writes {@code value} (non-negative) as ASCII digits, without allocating. */
  static void writeDecimal(ByteBuf out, long value) {
    if (value == 0) {
      out.writeByte('0');
      return;
    }
    long divisor = 1;
    while (value / divisor >= 10) {
      divisor *= 10;
    }
    while (divisor > 0) {
      out.writeByte((int) ('0' + (value / divisor) % 10));
      divisor /= 10;
    }
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
