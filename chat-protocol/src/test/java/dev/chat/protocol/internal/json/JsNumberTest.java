package dev.chat.protocol.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Doubles laid out exactly as {@code String(number)} does in JavaScript (values checked in Node). */
class JsNumberTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.1, 0.1",
    "-0.0, 0",
    "1.5, 1.5",
    "100.0, 100",
    "12345678.5, 12345678.5",
    "0.001, 0.001",
    "0.000001, 0.000001",
    "1e-7, 1e-7",
    "1.5e-7, 1.5e-7",
    "-2.5e-10, -2.5e-10",
    "123e-20, 1.23e-18",
    "1e15, 1000000000000000",
    "1.5e15, 1500000000000000",
    "9007199254740992, 9007199254740992",
    "1e20, 100000000000000000000",
    "123456789012345680000, 123456789012345680000",
    "1e21, 1e+21",
    "1.5e300, 1.5e+300",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "4.9e-324, 5e-324",
    "1e-323, 1e-323",
    "2.5e-323, 2.5e-323",
    "3.141592653589793, 3.141592653589793",
    "0.3333333333333333, 0.3333333333333333",
    "NaN, null",
    "Infinity, null",
    "-Infinity, null"
  })
  void layoutMatchesJavaScript(double value, String expected) {
    StringBuilder out = new StringBuilder();
    JsNumber.append(out, value);
    assertThat(out).hasToString(expected);
  }
}
