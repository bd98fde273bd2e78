package dev.chat.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationCacheTest {

  private static Conversation conversation(long id) {
    return new Conversation(id, UserId.of(1), UserId.of(2 + id), Instant.EPOCH);
  }

  @Test
  void keepsWhatItWasGiven() {
    ConversationCache cache = new ConversationCache(10);
    cache.put(conversation(7));
    assertThat(cache.get(7)).isEqualTo(conversation(7));
    assertThat(cache.get(8)).isNull();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    ConversationCache cache = new ConversationCache(3);
    for (long id = 1; id <= 10; id++) {
      cache.put(conversation(id));
      assertThat(cache.size()).isLessThanOrEqualTo(3);
      assertThat(cache.get(id)).isEqualTo(conversation(id));
    }
    cache.put(conversation(10)); // a known id takes no room from the others
    assertThat(cache.size()).isEqualTo(3);
  }
}
