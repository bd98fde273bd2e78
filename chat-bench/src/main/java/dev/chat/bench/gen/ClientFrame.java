package dev.chat.bench.gen;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Client-to-server WebSocket frames (RFC 6455: FIN, no extensions, masked with a fresh random
 * key as a client must) written straight into one buffer: the generator's sends skip Netty's frame
 * objects and frame encoder. The length uses the minimal encoding, which servers check.
 */
final class ClientFrame {
  static final int TEXT = 0x1;
  static final int PONG = 0xA;
  private static final int MASKED = 0x80;

  private ClientFrame() {}

  /** The header's size for a payload of {@code length} bytes. */
  static int headerSize(int length) {
    return length <= 125 ? 6 : length <= 0xFFFF ? 8 : 14;
  }

  /**
   * Writes the header of a final frame of {@code opcode} carrying {@code length} payload bytes,
   * and returns the masking key the payload must then be masked with ({@link #mask}).
   */
  static int writeHeader(ByteBuf out, int opcode, int length) {
    out.writeByte(0x80 | opcode);
    if (length <= 125) {
      out.writeByte(MASKED | length);
    } else if (length <= 0xFFFF) {
      out.writeByte(MASKED | 126).writeShort(length);
    } else {
      out.writeByte(MASKED | 127).writeLong(length);
    }
    int key = ThreadLocalRandom.current().nextInt();
    out.writeInt(key);
    return key;
  }

  /** Masks the payload bytes {@code [from, to)} of {@code buf} in place with {@code key}. */
  static void mask(ByteBuf buf, int from, int to, int key) {
    int i = from;
    for (; i + 4 <= to; i += 4) {
      buf.setInt(i, buf.getInt(i) ^ key);
    }
    for (int shift = 24; i < to; i++, shift -= 8) {
      buf.setByte(i, buf.getByte(i) ^ (key >>> shift));
    }
  }

  /** A whole masked frame of {@code opcode} with the UTF-8 of {@code text}. */
  static ByteBuf of(ByteBufAllocator alloc, int opcode, CharSequence text) {
    int length = ByteBufUtil.utf8Bytes(text);
    return masked(alloc, opcode, length, out -> ByteBufUtil.reserveAndWriteUtf8(out, text, length));
  }

  /** A whole masked frame of {@code opcode} with the bytes {@code src[from, to)}. */
  static ByteBuf of(ByteBufAllocator alloc, int opcode, ByteBuf src, int from, int to) {
    return masked(alloc, opcode, to - from, out -> out.writeBytes(src, from, to - from));
  }

  /** Header, then the {@code length} payload bytes {@code payload} writes, masked in place. */
  private static ByteBuf masked(ByteBufAllocator alloc, int opcode, int length, Consumer<ByteBuf> payload) {
    ByteBuf out = alloc.directBuffer(headerSize(length) + length);
    int key = writeHeader(out, opcode, length);
    int start = out.writerIndex();
    payload.accept(out);
    mask(out, start, out.writerIndex(), key);
    return out;
  }
}
