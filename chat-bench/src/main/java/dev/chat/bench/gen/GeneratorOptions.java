package dev.chat.bench.gen;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load generator's command line, as {@code --name=value} arguments. Every option has a
 * default that suits the full benchmark; {@code bench/run.sh} overrides them for quick mode.
 *
 * @param scenario     {@code throughput}, {@code idle} or {@code fanout}
 * @param peer         the label of the server under test, copied into the result
 * @param round        the round number, copied into the result
 * @param store        the store label ({@code memory} or {@code postgres}), copied into the result
 * @param host         server address (loopback)
 * @param port         server port
 * @param pid          server process id, for CPU and memory readings
 * @param secret       the HS256 secret the server verifies tokens with
 * @param out          the JSON-lines file the result is appended to
 * @param pairs        throughput: sender/receiver pairs, each in its own conversation
 * @param rates        throughput: the ladder of aggregate send rates (messages/s)
 * @param stepSeconds  throughput: measured seconds per ladder step
 * @param warmupSeconds throughput: unmeasured seconds before the ladder (JIT warm-up)
 * @param drainSeconds throughput: how long after a step's last send a delivery still counts
 * @param levels       idle: connection counts to measure at
 * @param fanoutSizes  fan-out: room sizes
 * @param fanoutRepeats fan-out: measured messages per room size
 * @param maxInFlight  handshakes in flight at once while opening connections
 * @param conversations {@code implicit} (any id works) or {@code http} (opened through the
 *                      server's HTTP API first), see {@link Conversations}
 * @param histograms    idle: a folder to keep the server's class histogram of each level in
 *                      (empty: not kept)
 * @param ladderFloor   throughput: the ladder goes on past a failed step up to this rate
 */
record GeneratorOptions(
    String scenario, String peer, int round, String store, String host, int port, long pid,
    String secret, String out, int pairs, List<Integer> rates, double stepSeconds,
    double warmupSeconds, double drainSeconds, List<Integer> levels, List<Integer> fanoutSizes,
    int fanoutRepeats, int maxInFlight, String conversations, String histograms, int ladderFloor) {

  static GeneratorOptions parse(String... args) {
    Map<String, String> m = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("expected --name=value, got: " + arg);
      }
      int eq = arg.indexOf('=');
      m.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    GeneratorOptions o = new GeneratorOptions(
        m.getOrDefault("scenario", "throughput"),
        m.getOrDefault("peer", "unknown"),
        Integer.parseInt(m.getOrDefault("round", "1")),
        m.getOrDefault("store", "memory"),
        m.getOrDefault("host", "127.0.0.1"),
        Integer.parseInt(required(m, "port")),
        Long.parseLong(required(m, "pid")),
        m.getOrDefault("secret", "bench-secret"),
        m.getOrDefault("out", "bench/out/results.jsonl"),
        Integer.parseInt(m.getOrDefault("pairs", "1000")),
        ints(m.getOrDefault("rates", "5000,10000,15000,20000,25000,30000,40000,50000,60000")),
        Double.parseDouble(m.getOrDefault("step-seconds", "4")),
        Double.parseDouble(m.getOrDefault("warmup-seconds", "3")),
        Double.parseDouble(m.getOrDefault("drain-seconds", "3")),
        ints(m.getOrDefault("levels", "1000,5000,10000,19000")),
        ints(m.getOrDefault("fanout-sizes", "1000,10000")),
        Integer.parseInt(m.getOrDefault("fanout-repeats", "5")),
        Integer.parseInt(m.getOrDefault("max-in-flight", "200")),
        m.getOrDefault("conversations", "implicit"),
        m.getOrDefault("histograms", ""),
        Integer.parseInt(m.getOrDefault("ladder-floor", "10000")));
    List<String> known = List.of("scenario", "peer", "round", "store", "host", "port", "pid",
        "secret", "out", "pairs", "rates", "step-seconds", "warmup-seconds", "drain-seconds",
        "levels", "fanout-sizes", "fanout-repeats", "max-in-flight", "conversations", "histograms", "ladder-floor");
    for (String key : m.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown option --" + key);
      }
    }
    return o;
  }

  private static String required(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return v;
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
  }
}
