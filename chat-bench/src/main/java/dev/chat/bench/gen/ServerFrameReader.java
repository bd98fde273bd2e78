package dev.chat.bench.gen;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Reads server-to-client WebSocket frames (RFC 6455: unmasked) straight from the bytes the socket
 * read, handing each frame's payload to a {@link Handler} as a range of that buffer: no frame
 * objects, no copy of the payload. Only a frame split across reads is kept (copied) until its
 * rest arrives. One reader per connection, on the generator's event loop.
 */
final class ServerFrameReader {
  static final int CONTINUATION = 0x0;
  static final int TEXT = 0x1;
  static final int CLOSE = 0x8;
  static final int PING = 0x9;

  /** What the reader found. The ranges are valid only during the call. */
  interface Handler {
    /** A final text frame whose payload is {@code buf[from, to)}. */
    void text(ByteBuf buf, int from, int to);

    /** Any other frame: {@code opcode}, whether it was final, and its payload {@code buf[from, to)}. */
    void other(int opcode, boolean fin, ByteBuf buf, int from, int to);

    /** The stream is not a valid server frame stream (e.g. a masked or oversized frame). */
    void broken(String why);
  }

  private final int maxFrame;
  private ByteBuf pending;

  ServerFrameReader(int maxFrame) {
    this.maxFrame = maxFrame;
  }

  /** Reads every complete frame of {@code in} (not released here) and keeps an incomplete tail. */
  void read(ByteBufAllocator alloc, ByteBuf in, Handler handler) {
    ByteBuf buf = in;
    if (pending != null) {
      pending.writeBytes(in);
      buf = pending;
    }
    int at = buf.readerIndex();
    int end = buf.writerIndex();
    while (true) {
      int frameEnd = frame(buf, at, end, handler);
      if (frameEnd < 0) {
        break;
      }
      at = frameEnd;
    }
    if (at == end) {
      release();
    } else if (buf == pending) {
      pending.readerIndex(at);
      pending.discardReadBytes();
    } else {
      pending = alloc.heapBuffer(Math.max(256, end - at));
      pending.writeBytes(in, at, end - at);
    }
  }

  /** Handles the frame starting at {@code at}; its end, or -1 when it is incomplete or broken. */
  private int frame(ByteBuf buf, int at, int end, Handler handler) {
    if (end - at < 2) {
      return -1;
    }
    int b0 = buf.getByte(at) & 0xFF;
    int b1 = buf.getByte(at + 1) & 0xFF;
    if ((b1 & 0x80) != 0) {
      handler.broken("the server sent a masked frame");
      return -1;
    }
    int header = 2;
    long length = b1 & 0x7F;
    if (length == 126) {
      if (end - at < 4) {
        return -1;
      }
      length = buf.getUnsignedShort(at + 2);
      header = 4;
    } else if (length == 127) {
      if (end - at < 10) {
        return -1;
      }
      length = buf.getLong(at + 2);
      header = 10;
    }
    if (length < 0 || length > maxFrame) {
      handler.broken("a frame of " + length + " bytes, more than " + maxFrame);
      return -1;
    }
    int from = at + header;
    if (end - from < length) {
      return -1;
    }
    int to = from + (int) length;
    boolean fin = (b0 & 0x80) != 0;
    int opcode = b0 & 0x0F;
    if (fin && opcode == TEXT && (b0 & 0x70) == 0) {
      handler.text(buf, from, to);
    } else {
      handler.other(opcode, fin, buf, from, to);
    }
    return to;
  }

  /** Drops any incomplete frame kept (the connection is gone). */
  void release() {
    if (pending != null) {
      pending.release();
      pending = null;
    }
  }
}
