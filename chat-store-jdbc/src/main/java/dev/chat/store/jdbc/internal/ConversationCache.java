package dev.chat.store.jdbc.internal;

import dev.chat.core.Conversation;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations by id, kept after the first read so that a send does not query its conversation.
 * Safe on every node without invalidation: a conversation row never changes once created and is
 * never deleted. Only found conversations are kept (another node may create a missing id later).
 * Bounded: when full, an arbitrary entry makes room, which costs a later query at worst.
 */
final class ConversationCache {

  private final int capacity;
  private final ConcurrentHashMap<Long, Conversation> byId;

  /** @param capacity most conversations kept */
  ConversationCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1 but was " + capacity);
    }
    this.capacity = capacity;
    this.byId = new ConcurrentHashMap<>(Math.min(capacity, 1024));
  }

  /** @return the conversation, or null when it is not kept */
  Conversation get(long id) {
    return byId.get(id);
  }

  /** Keeps a conversation read from or written to the database. */
  void put(Conversation conversation) {
    if (byId.size() >= capacity && !byId.containsKey(conversation.id())) {
      Iterator<Long> any = byId.keySet().iterator();
      if (any.hasNext()) {
        byId.remove(any.next());
      }
    }
    byId.put(conversation.id(), conversation);
  }

  /** @return how many conversations are kept */
  int size() {
    return byId.size();
  }
}
