package dev.chat.bench.gen;

import dev.chat.bench.stats.LatencyHistogram;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Open-loop sending at a fixed aggregate rate: message {@code k} is due at
 * {@code start + k / rate}, whatever happened to earlier ones, and is stamped with that intended
 * time (so a stalled server cannot hide its queueing delay). A 1 ms tick on the generator's loop
 * writes every due message round-robin over the senders, then flushes each touched socket once.
 * Messages from index {@code windowFrom} on form the measurement window, for which the server's
 * and the generator's CPU time are read at the first and last send.
 */
final class RateStep {
  private final ClientLoop loop;
  private final BenchSocket[] senders;
  private final BenchSocket[] dirty;
  private final long rate;
  private final long total;
  private final long windowFrom;
  private final long baseNanos;
  private final ServerProcess server;
  private final ServerProcess generator;
  private final LatencyHistogram lagMicros = new LatencyHistogram();
  private final CompletableFuture<RateStep> sent = new CompletableFuture<>();
  private ScheduledFuture<?> ticker;
  private long startNanos;
  private long count;
  private long windowStartNanos;
  private long windowEndNanos;
  private long serverCpuStart;
  private long serverCpuEnd;
  private long serverJitStart;
  private long serverJitEnd;
  private long generatorCpuStart;
  private long generatorCpuEnd;

  RateStep(ClientLoop loop, List<BenchSocket> senders, long rate, long total, long windowFrom,
      long baseNanos, ServerProcess server, ServerProcess generator) {
    if (rate <= 0 || total <= 0 || windowFrom < 0 || windowFrom >= total) {
      throw new IllegalArgumentException("bad step: rate=" + rate + " total=" + total + " windowFrom=" + windowFrom);
    }
    this.loop = loop;
    this.senders = senders.toArray(new BenchSocket[0]);
    this.dirty = new BenchSocket[this.senders.length];
    this.rate = rate;
    this.total = total;
    this.windowFrom = windowFrom;
    this.baseNanos = baseNanos;
    this.server = server;
    this.generator = generator;
  }

  /**
   * Starts sending on the loop; {@code recorder} gets its window (the first window message's
   * stamp) before the first send. Completes when the last message is written.
   */
  CompletableFuture<RateStep> start(DeliveryRecorder recorder) {
    loop.loop().execute(() -> {
      startNanos = System.nanoTime();
      recorder.beginWindow(intendedAt(windowFrom) - baseNanos);
      ticker = loop.loop().scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.MILLISECONDS);
    });
    return sent;
  }

  private long intendedAt(long index) {
    return startNanos + index * 1_000_000_000L / rate;
  }

  private void tick() {
    long now = System.nanoTime();
    long due = Math.min(total, (now - startNanos) * rate / 1_000_000_000L + 1);
    int dirtyCount = 0;
    while (count < due) {
      long intended = intendedAt(count);
      if (count == windowFrom) {
        windowStartNanos = now;
        serverCpuStart = server.cpuMicros();
        serverJitStart = server.jitCpuMicros();
        generatorCpuStart = generator.cpuMicros();
      }
      if (count >= windowFrom) {
        lagMicros.record((now - intended) / 1_000);
      }
      BenchSocket s = senders[(int) (count % senders.length)];
      if (s.send(intended - baseNanos, now - intended)) {
        dirty[dirtyCount++] = s;
      }
      count++;
    }
    for (int i = 0; i < dirtyCount; i++) {
      dirty[i].flush();
      dirty[i] = null;
    }
    if (count == total) {
      windowEndNanos = System.nanoTime();
      serverCpuEnd = server.cpuMicros();
      serverJitEnd = server.jitCpuMicros();
      generatorCpuEnd = generator.cpuMicros();
      ticker.cancel(false);
      sent.complete(this);
    }
  }

  long rate() {
    return rate;
  }

  long windowMessages() {
    return total - windowFrom;
  }

  double windowSeconds() {
    return (windowEndNanos - windowStartNanos) / 1e9;
  }

  long serverCpuMicros() {
    return serverCpuEnd - serverCpuStart;
  }

  long serverJitCpuMicros() {
    return serverJitEnd - serverJitStart;
  }

  long generatorCpuMicros() {
    return generatorCpuEnd - generatorCpuStart;
  }

  LatencyHistogram lagMicros() {
    return lagMicros;
  }
}
