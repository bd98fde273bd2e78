package dev.chat.protocol.internal.json;

import java.io.Writer;

/**
 * A {@link Writer} over a {@link StringBuilder}: no locking and no copy, unlike
 * {@link java.io.StringWriter}, so the encoder can put a header and Jackson's output in one buffer.
 */
public final class StringBuilderWriter extends Writer {
  private final StringBuilder out;

  /**
   * Wraps {@code out}.
   *
   * @param out the builder written to
   */
  public StringBuilderWriter(StringBuilder out) {
    this.out = out;
  }

  @Override
  public void write(int c) {
    out.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    out.append(chars, offset, length);
  }

  @Override
  public void write(String s, int offset, int length) {
    out.append(s, offset, offset + length);
  }

  @Override
  public Writer append(CharSequence s) {
    out.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
