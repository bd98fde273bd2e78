package dev.chat.protocol.internal;

/** UTF-8 size checks on strings without encoding them. */
public final class Utf8 {
  private Utf8() {}

  /**
   * Tells whether {@code s} is longer than {@code maxBytes} once encoded as UTF-8. Reads at most
   * the whole string once and allocates nothing; most calls return after two comparisons.
   *
   * @param s the text
   * @param maxBytes the limit
   * @return true if the UTF-8 encoding of {@code s} has more than {@code maxBytes} bytes
   */
  public static boolean exceeds(CharSequence s, int maxBytes) {
    int length = s.length();
    if (length > maxBytes) {
      return true; // every char is at least one byte
    }
    if ((long) length * 3 <= maxBytes) {
      return false; // every char is at most three bytes (a surrogate pair is four for two chars)
    }
    long bytes = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      if (bytes > maxBytes) {
        return true;
      }
    }
    return false;
  }
}
