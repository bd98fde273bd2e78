package dev.chat.bench.gen;

import dev.chat.bench.stats.LatencyHistogram;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the deliveries of the messages sent in a measurement window and records their latency
 * twice: from the time the generator actually wrote the message (the server's latency), and from
 * the time it was due (open-loop latency, which also holds any delay of the generator itself). A message counts when the receiver
 * gets its {@code new_message} and its {@code message_notification}, and the sender gets the
 * room's {@code new_message} too when the server echoes to the sender's room at all. Runs on the
 * generator's event loop only.
 */
final class DeliveryRecorder implements FrameSink {
  private final long baseNanos;
  private final LatencyHistogram latencyMicros = new LatencyHistogram();
  private final LatencyHistogram openLoopMicros = new LatencyHistogram();
  private long fromContent = Long.MAX_VALUE;
  private long newAtReceiver;
  private long notificationsAtReceiver;
  private long echoesAtSender;
  private long misrouted;
  private long expected = -1;
  private boolean expectEcho = true;
  private CompletableFuture<Void> drained = new CompletableFuture<>();

  DeliveryRecorder(long baseNanos) {
    this.baseNanos = baseNanos;
  }

  /** Starts a new window: only messages stamped at or after {@code fromContent} count. */
  void beginWindow(long fromContent) {
    this.fromContent = fromContent;
    newAtReceiver = 0;
    notificationsAtReceiver = 0;
    echoesAtSender = 0;
    misrouted = 0;
    expected = -1;
    latencyMicros.reset();
    openLoopMicros.reset();
    drained = new CompletableFuture<>();
  }

  /** The window's sending is over: {@code messages} were sent; completes once all arrived. */
  CompletableFuture<Void> expect(long messages) {
    expected = messages;
    checkDrained();
    return drained;
  }

  void expectEcho(boolean expectEcho) {
    this.expectEcho = expectEcho;
  }

  @Override
  public void onDelivery(BenchSocket socket, FrameScanner.Kind kind, long stamp, long lateNanos, long receivedNanos) {
    if (stamp < fromContent) {
      return;
    }
    long openLoop = receivedNanos - baseNanos - stamp;
    openLoopMicros.record(openLoop / 1_000);
    latencyMicros.record((openLoop - lateNanos) / 1_000);
    if (kind == FrameScanner.Kind.NEW_MESSAGE) {
      if (socket.isSender()) {
        echoesAtSender++;
      } else {
        newAtReceiver++;
      }
    } else if (socket.isSender()) {
      misrouted++;
    } else {
      notificationsAtReceiver++;
    }
    checkDrained();
  }

  private void checkDrained() {
    if (expected >= 0 && newAtReceiver >= expected && notificationsAtReceiver >= expected
        && (!expectEcho || echoesAtSender >= expected)) {
      drained.complete(null);
    }
  }

  LatencyHistogram latencyMicros() {
    return latencyMicros;
  }

  LatencyHistogram openLoopMicros() {
    return openLoopMicros;
  }

  long newAtReceiver() {
    return newAtReceiver;
  }

  long notificationsAtReceiver() {
    return notificationsAtReceiver;
  }

  long echoesAtSender() {
    return echoesAtSender;
  }

  long misrouted() {
    return misrouted;
  }

  boolean expectsEcho() {
    return expectEcho;
  }
}
