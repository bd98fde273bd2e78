package dev.chat.protocol.internal.json;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Formats doubles as JavaScript's {@code Number.prototype.toString} does, so that a frame this
 * module encodes is byte-for-byte what {@code JSON.stringify} makes of the same value:
 * {@code 12345678.5} (not {@code 1.23456785E7}), {@code 1e+21}, {@code 1.5e-7}. The digits are
 * the shortest that round-trip (Schubfach, via Jackson); only the layout is JavaScript's.
 */
public final class JsNumber {
  private JsNumber() {}

  /**
   * Appends {@code value}; NaN and infinities become {@code null}, as in {@code JSON.stringify}.
   *
   * @param out where to append
   * @param value the number
   */
  public static void append(StringBuilder out, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      out.append("null");
      return;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value); // the common case, and -0 prints as 0 like JavaScript
      return;
    }
    String java = NumberOutput.toString(value, true); // shortest digits, Java layout
    int start = 0;
    if (java.charAt(0) == '-') {
      out.append('-');
      start = 1;
    }
    int e = java.indexOf('E', start);
    int mantissaEnd = e < 0 ? java.length() : e;
    int exponent = e < 0 ? 0 : Integer.parseInt(java, e + 1, java.length(), 10);
    int dot = java.indexOf('.', start);
    if (dot < 0 || dot > mantissaEnd) {
      dot = mantissaEnd;
    }
    StringBuilder digits = new StringBuilder(20);
    digits.append(java, start, dot);
    if (dot < mantissaEnd) {
      digits.append(java, dot + 1, mantissaEnd);
    }
    int point = (dot - start) + exponent; // value = 0.digits... shifted: point digits before the '.'
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    int end = digits.length();
    while (end > lead + 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    String d = digits.substring(lead, end);
    int n = point - lead;
    if (d.length() == 2) {
      // Java prints at least two digits; JavaScript prints one when one round-trips (5e-324).
      int rounded = (d.charAt(0) - '0') + (d.charAt(1) >= '5' ? 1 : 0);
      String one = rounded == 10 ? "1" : String.valueOf(rounded);
      int oneN = rounded == 10 ? n + 1 : n;
      if (Double.parseDouble(one + "e" + (oneN - 1)) == Math.abs(value)) {
        d = one;
        n = oneN;
      }
    }
    int k = d.length();
    if (k <= n && n <= 21) {
      out.append(d);
      for (int i = k; i < n; i++) {
        out.append('0');
      }
    } else if (0 < n && n <= 21) {
      out.append(d, 0, n).append('.').append(d, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.");
      for (int i = n; i < 0; i++) {
        out.append('0');
      }
      out.append(d);
    } else {
      out.append(d.charAt(0));
      if (k > 1) {
        out.append('.').append(d, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? '+' : '-').append(Math.abs(n - 1));
    }
  }
}
