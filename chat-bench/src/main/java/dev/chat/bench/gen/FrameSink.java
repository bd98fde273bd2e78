package dev.chat.bench.gen;

/**
 * Where a socket hands each chat delivery it receives. Called on the generator's single event
 * loop thread, once per {@code new_message} or {@code message_notification} frame, with the two
 * numbers found in the message content (the intended send time, relative to the scenario's base,
 * and how late the generator actually wrote it, both in nanoseconds) and the receive time.
 */
interface FrameSink {
  FrameSink NONE = (socket, kind, stamp, lateNanos, receivedNanos) -> { };

  void onDelivery(BenchSocket socket, FrameScanner.Kind kind, long stamp, long lateNanos, long receivedNanos);
}
