package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The load generator's entry point: runs one scenario against one server process and appends
 * the result as one JSON line to {@code --out}. Usage:
 * {@code java -cp chat-bench.jar dev.chat.bench.gen.LoadGenerator --scenario=throughput
 * --port=8000 --pid=1234 --peer=ours --round=1}.
 */
public final class LoadGenerator {
  private LoadGenerator() {}

  /** Runs the scenario named by {@code --scenario}; exits non-zero when it could not run at all. */
  public static void main(String[] args) throws IOException {
    GeneratorOptions options = GeneratorOptions.parse(args);
    ObjectMapper json = new ObjectMapper();
    ObjectNode result = json.createObjectNode();
    result.put("scenario", options.scenario());
    result.put("peer", options.peer());
    result.put("round", options.round());
    result.put("store", options.store());
    result.put("started_at", Instant.now().toString());
    GeneratorStats stats = new GeneratorStats();
    ServerProcess server = new ServerProcess(options.pid());
    ControlCodec codec = new ControlCodec();
    Tokens tokens = new Tokens(options.secret());
    int exit = 0;
    Conversations conversations = new Conversations(options.conversations(), options.host(), options.port(), tokens);
    try (ClientLoop loop = new ClientLoop(options.host(), options.port(), codec, tokens, stats)) {
      result.put("generator_transport", loop.transport());
      switch (options.scenario()) {
        case "throughput" -> new ThroughputScenario(loop, server, options, conversations).run(result);
        case "idle" -> new IdleScenario(loop, server, options, conversations).run(result);
        case "fanout" -> new FanoutScenario(loop, server, options, conversations).run(result);
        default -> throw new IllegalArgumentException("unknown scenario: " + options.scenario());
      }
    } catch (RuntimeException e) {
      result.put("error", e.toString());
      exit = 1;
    }
    stats.writeTo(result);
    String line = json.writeValueAsString(result);
    System.out.println(line);
    Path out = Path.of(options.out());
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, line + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.exit(exit);
  }
}
