package dev.chat.bench.gen;

/**
 * Where a socket hands each chat delivery it receives. Called on the generator's single event
 * loop thread, once per {@code new_message} or {@code message_notification} frame, with the number
 * found in the message content (the generator's send-time stamp) and the receive time.
 */
interface FrameSink {
  FrameSink NONE = (socket, kind, contentNumber, receivedNanos) -> { };

  void onDelivery(BenchSocket socket, FrameScanner.Kind kind, long contentNumber, long receivedNanos);
}
