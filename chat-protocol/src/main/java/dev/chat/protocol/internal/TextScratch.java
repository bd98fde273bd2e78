package dev.chat.protocol.internal;

/**
 * One reusable {@link StringBuilder} per thread for encoding frames: a frame is built in it and
 * copied out once by {@link #finish}, where a new builder per frame was a second copy of every
 * outbound frame (most of the encoder's garbage). A builder in use is taken out of its thread, so a
 * nested encode (from a caller's callback) gets a fresh one; one that grew past {@link #MAX_KEPT}
 * chars is not kept, so a thread keeps little after a large frame.
 */
public final class TextScratch {
  /** The largest builder kept for reuse, in chars. */
  static final int MAX_KEPT = 16_384;

  private static final ThreadLocal<StringBuilder> FREE = new ThreadLocal<>();

  private TextScratch() {}

  /**
   * Takes this thread's builder, empty, or a new one if it is in use.
   *
   * @param capacity the chars the text is expected to need
   * @return an empty builder that only the caller uses until {@link #finish}
   */
  public static StringBuilder take(int capacity) {
    StringBuilder out = FREE.get();
    if (out == null) {
      return new StringBuilder(Math.max(capacity, 256));
    }
    FREE.set(null);
    out.setLength(0);
    out.ensureCapacity(capacity);
    return out;
  }

  /**
   * Returns the builder's text and gives the builder back to this thread.
   *
   * @param out a builder from {@link #take}, not used after this call
   * @return its text
   */
  public static String finish(StringBuilder out) {
    String text = out.toString();
    if (out.capacity() <= MAX_KEPT) {
      FREE.set(out);
    }
    return text;
  }
}
