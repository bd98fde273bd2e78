package dev.chat.bench.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {
  @Test
  void parsesAndDefaults() {
    GeneratorOptions o = GeneratorOptions.parse("--port=9000", "--pid=42", "--rates=1000,2000", "--scenario=idle");
    assertThat(o.port()).isEqualTo(9000);
    assertThat(o.pid()).isEqualTo(42);
    assertThat(o.rates()).isEqualTo(List.of(1000, 2000));
    assertThat(o.scenario()).isEqualTo("idle");
    assertThat(o.pairs()).isEqualTo(1000);
    assertThat(o.conversations()).isEqualTo("implicit");
  }

  @Test
  void rejectsUnknownAndMissingOptions() {
    assertThatThrownBy(() -> GeneratorOptions.parse("--port=1", "--pid=1", "--pairz=3"))
        .hasMessage("unknown option --pairz");
    assertThatThrownBy(() -> GeneratorOptions.parse("--pid=1")).hasMessage("missing --port");
    assertThatThrownBy(() -> GeneratorOptions.parse("port=1")).hasMessage("expected --name=value, got: port=1");
  }
}
