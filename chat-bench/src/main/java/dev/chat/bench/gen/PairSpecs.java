package dev.chat.bench.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's users in pairs: pair {@code i} is user {@code 2i + 1} (the sender) and user
 * {@code 2i + 2} (the receiver), alone in one conversation.
 */
final class PairSpecs {
  private PairSpecs() {}

  /** The conversation ids of pairs {@code [from, to)}. */
  static long[] conversations(Conversations conversations, int from, int to) {
    List<long[]> users = new ArrayList<>(to - from);
    long[] defaults = new long[to - from];
    for (int i = from; i < to; i++) {
      users.add(new long[] {2L * i + 1, 2L * i + 2});
      defaults[i - from] = i + 1;
    }
    return conversations.open(users, defaults);
  }

  /** Sender then receiver socket of each pair in {@code [from, to)}, given the pairs' conversation ids. */
  static List<SocketSpec> sockets(int from, int to, long[] ids) {
    List<SocketSpec> specs = new ArrayList<>(2 * (to - from));
    for (int i = from; i < to; i++) {
      specs.add(new SocketSpec(2L * i + 1, ids[i - from]));
      specs.add(new SocketSpec(2L * i + 2, ids[i - from]));
    }
    return specs;
  }
}
