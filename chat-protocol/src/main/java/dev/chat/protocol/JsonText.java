package dev.chat.protocol;

/**
 * Writes JSON string literals exactly as {@code JSON.stringify} does, the way every encoder of this
 * module writes them. Public for callers that stream a payload to JSON text themselves (a
 * {@code POJONode} over a Jackson {@code RawValue}) and must match the encoder byte for byte.
 */
public final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /**
   * Returns {@code s} as a quoted JSON string.
   *
   * @param s the text
   * @return the JSON literal, for example {@code "a\"b"}
   */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /**
   * Appends {@code s} as a quoted JSON string: {@code "} and {@code \} escaped, control characters
   * as {@code \n}-style or <code>&#92;u00xx</code> escapes, lone surrogates as <code>&#92;udxxx</code> (so the text
   * stays valid UTF-8), everything else as is. Runs of plain characters are copied in bulk.
   *
   * @param out where to append
   * @param s the text
   */
  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    int length = s.length();
    int plainFrom = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a well-formed pair stays as is
        continue;
      }
      out.append(s, plainFrom, i);
      plainFrom = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append("\\u")
            .append(HEX[(c >> 12) & 0xf])
            .append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    out.append(s, plainFrom, length).append('"');
  }
}
