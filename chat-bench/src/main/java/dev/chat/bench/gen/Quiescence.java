package dev.chat.bench.gen;

/**
 * Waits until the server has stopped working (its CPU time unchanged over two consecutive
 * 250 ms readings, at most {@code maxMillis}) before memory is read, so that a reading does not
 * catch the server half-way through the joins just sent.
 */
final class Quiescence {
  private Quiescence() {}

  static void await(ServerProcess server, long maxMillis) {
    long deadline = System.nanoTime() + maxMillis * 1_000_000L;
    long last = server.cpuMicros();
    int stable = 0;
    while (System.nanoTime() < deadline && stable < 2) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = server.cpuMicros();
      stable = now == last ? stable + 1 : 0;
      last = now;
    }
  }
}
