package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.bench.stats.LatencyHistogram;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fan-out: one conversation whose room holds {@code size} sockets (its two users, each
 * connected {@code size / 2} times); one more socket sends a single message and the generator
 * times how long until the last of the {@code size} sockets has its {@code new_message}.
 * Repeated {@code fanoutRepeats} times per size, one message at a time, after three warm-ups.
 */
final class FanoutScenario {
  private static final int WARMUPS = 3;
  private static final long SENDER_USER = 1;
  private static final long OTHER_USER = 2;

  private final ClientLoop loop;
  private final Conversations conversations;
  private final ServerProcess server;
  private final GeneratorOptions options;
  private final long baseNanos = System.nanoTime() - 1_000_000_000L;
  private final List<BenchSocket> listeners = new ArrayList<>();
  private final Recorder recorder = new Recorder();

  FanoutScenario(ClientLoop loop, ServerProcess server, GeneratorOptions options, Conversations conversations) {
    this.conversations = conversations;
    this.loop = loop;
    this.server = server;
    this.options = options;
  }

  private long conversation;

  void run(ObjectNode result) {
    conversation = conversations.open(List.<long[]>of(new long[] {SENDER_USER, OTHER_USER}), new long[] {1})[0];
    List<BenchSocket> senderList = ThroughputScenario.await(
        loop.open(List.of(new SocketSpec(SENDER_USER, conversation)), 1), 30, "opening the sender");
    if (senderList.isEmpty()) {
      throw new IllegalStateException("the sender could not connect");
    }
    BenchSocket sender = senderList.get(0);
    loop.call(() -> {
      sender.prepareSend(OTHER_USER);
      sender.sink(recorder);
      return null;
    });
    ArrayNode sizes = result.putArray("sizes");
    for (int size : options.fanoutSizes()) {
      grow(size);
      for (int i = 0; i < WARMUPS; i++) {
        once(sender);
      }
      LatencyHistogram last = new LatencyHistogram();
      LatencyHistogram first = new LatencyHistogram();
      long cpuStart = server.cpuMicros();
      int incomplete = 0;
      for (int i = 0; i < options.fanoutRepeats(); i++) {
        long[] t = once(sender);
        if (t == null) {
          incomplete++;
        } else {
          first.record(t[0]);
          last.record(t[1]);
        }
      }
      long cpu = server.cpuMicros() - cpuStart;
      ObjectNode s = sizes.addObject();
      s.put("size", size);
      s.put("repeats", options.fanoutRepeats());
      s.put("incomplete", incomplete);
      s.put("last_ms_p50", last.percentile(50) / 1000.0);
      s.put("last_ms_max", last.max() / 1000.0);
      s.put("first_ms_p50", first.percentile(50) / 1000.0);
      s.put("server_cpu_us_per_fanout", ThroughputScenario.round((double) cpu / options.fanoutRepeats(), 1));
    }
  }

  private void grow(int size) {
    List<SocketSpec> specs = new ArrayList<>();
    for (int i = listeners.size(); i < size; i++) {
      specs.add(new SocketSpec(i % 2 == 0 ? OTHER_USER : SENDER_USER, conversation));
    }
    List<BenchSocket> sockets = ThroughputScenario.await(
        loop.open(specs, options.maxInFlight()), 300, "opening " + specs.size() + " listeners");
    if (sockets.size() != specs.size()) {
      throw new IllegalStateException("only " + (listeners.size() + sockets.size()) + " of " + size + " listeners connected");
    }
    loop.call(() -> {
      sockets.forEach(s -> s.sink(recorder));
      return null;
    });
    listeners.addAll(sockets);
    Quiescence.await(server, 5_000);
  }

  /** Sends one message; returns {first, last} arrival in µs, or null when not all arrived in 10 s. */
  private long[] once(BenchSocket sender) {
    CompletableFuture<long[]> done = loop.call(() -> {
      long now = System.nanoTime();
      CompletableFuture<long[]> f = recorder.arm(now - baseNanos, listeners.size(), now);
      if (sender.send(now - baseNanos, 0)) {
        sender.flush();
      }
      return f;
    });
    return ThroughputScenario.awaitQuietly(done, 10) ? done.join() : null;
  }

  /** Counts the listeners' copies of the one message in flight. Event loop only. */
  private static final class Recorder implements FrameSink {
    private long stamp = -1;
    private int expected;
    private int arrived;
    private long sentNanos;
    private long firstNanos;
    private CompletableFuture<long[]> done = new CompletableFuture<>();

    CompletableFuture<long[]> arm(long stamp, int expected, long sentNanos) {
      this.stamp = stamp;
      this.expected = expected;
      this.arrived = 0;
      this.sentNanos = sentNanos;
      this.done = new CompletableFuture<>();
      return done;
    }

    @Override
    public void onDelivery(BenchSocket socket, FrameScanner.Kind kind, long contentStamp, long lateNanos, long receivedNanos) {
      if (contentStamp != stamp || kind != FrameScanner.Kind.NEW_MESSAGE || socket.isSender()) {
        return;
      }
      if (++arrived == 1) {
        firstNanos = receivedNanos;
      }
      if (arrived == expected) {
        done.complete(new long[] {(firstNanos - sentNanos) / 1_000, (receivedNanos - sentNanos) / 1_000});
      }
    }
  }
}
