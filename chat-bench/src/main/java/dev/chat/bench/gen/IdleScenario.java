package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Idle capacity: opens authenticated connections in pairs, each pair joined to its own
 * conversation, up to each level; at each level (and once before, with one warm pair) reads the
 * server's RSS and, for a JVM, its live heap after a full GC. A few pairs opened for each level
 * exchange one message first, proving their joins took effect.
 */
final class IdleScenario {
  private static final int PROBES_PER_LEVEL = 10;

  private final ClientLoop loop;
  private final Conversations conversations;
  private final ServerProcess server;
  private final GeneratorOptions options;
  private final ServerProcess generator = new ServerProcess(ProcessHandle.current().pid());
  private final long baseNanos = System.nanoTime() - 1_000_000_000L;
  private final List<BenchSocket> open = new ArrayList<>();
  private final DeliveryRecorder recorder = new DeliveryRecorder(baseNanos);

  IdleScenario(ClientLoop loop, ServerProcess server, GeneratorOptions options, Conversations conversations) {
    this.conversations = conversations;
    this.loop = loop;
    this.server = server;
    this.options = options;
  }

  void run(ObjectNode result) {
    boolean jvm = server.isJvm();
    result.put("jvm", jvm);
    openUpTo(2);
    ArrayNode levels = result.putArray("levels");
    measure(levels.addObject(), jvm);
    for (int level : options.levels()) {
      openUpTo(level);
      measure(levels.addObject(), jvm);
    }
  }

  private void openUpTo(int connections) {
    int pairsBefore = open.size() / 2;
    int pairsAfter = connections / 2;
    long[] ids = PairSpecs.conversations(conversations, pairsBefore, pairsAfter);
    List<SocketSpec> specs = PairSpecs.sockets(pairsBefore, pairsAfter, ids);
    List<BenchSocket> sockets = ThroughputScenario.await(
        loop.open(specs, options.maxInFlight()), 300, "opening " + specs.size() + " sockets");
    if (sockets.size() != specs.size()) {
      throw new IllegalStateException("only " + (open.size() + sockets.size()) + " of "
          + (open.size() + specs.size()) + " sockets connected");
    }
    open.addAll(sockets);
    // A join and the probe's send travel on different connections, which the server may read in
    // either order: let it finish the joins first, or the probe can legitimately miss the room.
    Quiescence.await(server, 3_000);
    probe(sockets);
  }

  private void probe(List<BenchSocket> newSockets) {
    int newPairs = newSockets.size() / 2;
    int probes = Math.min(PROBES_PER_LEVEL, newPairs);
    List<BenchSocket> senders = new ArrayList<>();
    loop.call(() -> {
      for (int k = 0; k < probes; k++) {
        int pair = (int) ((long) k * newPairs / probes);
        BenchSocket sender = newSockets.get(2 * pair);
        BenchSocket receiver = newSockets.get(2 * pair + 1);
        sender.prepareSend(receiver.spec().userId());
        sender.sink(recorder);
        receiver.sink(recorder);
        senders.add(sender);
      }
      recorder.expectEcho(false);
      return null;
    });
    RateStep step = new RateStep(loop, senders, 1_000, probes, 0, baseNanos, server, generator);
    ThroughputScenario.await(step.start(recorder), 30, "probe sending");
    ThroughputScenario.awaitQuietly(loop.call(() -> recorder.expect(probes)), 10);
    long arrived = loop.call(recorder::newAtReceiver);
    if (arrived < probes) {
      throw new IllegalStateException("probe: " + arrived + " of " + probes + " messages arrived (joins not effective?)");
    }
  }

  private void measure(ObjectNode level, boolean jvm) {
    Quiescence.await(server, 5_000);
    level.put("connections", open.size());
    level.put("rss_kib", server.rssKib());
    if (jvm) {
      Path histogram = options.histograms().isEmpty() ? null
          : Path.of(options.histograms(), options.peer() + "-" + open.size() + ".txt");
      OptionalLong heap = server.liveHeapBytes(histogram);
      if (heap.isPresent()) {
        level.put("live_heap_bytes", heap.getAsLong());
      }
    }
  }
}
