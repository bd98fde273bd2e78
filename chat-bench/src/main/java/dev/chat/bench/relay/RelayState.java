package dev.chat.bench.relay;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The relay's shared state, touched from every event loop: conversation rooms, user rooms, and
 * the in-memory message store (every message kept, as the other peers do).
 */
final class RelayState {
  /** One stored message. */
  record StoredMessage(long id, long conversationId, long senderId, long receiverId, String content, long createdAtMillis) {}

  private final RelayAuth auth;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicLong sids = new AtomicLong();
  private final Map<Long, Set<Channel>> conversations = new ConcurrentHashMap<>();
  private final Map<Long, Set<Channel>> users = new ConcurrentHashMap<>();
  private final Map<Long, List<StoredMessage>> messages = new ConcurrentHashMap<>();

  RelayState(RelayAuth auth) {
    this.auth = auth;
  }

  RelayAuth auth() {
    return auth;
  }

  String nextSid() {
    return "relay" + sids.incrementAndGet();
  }

  void joinConversation(long conversationId, Channel ch) {
    conversations.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(ch);
  }

  void joinUser(long userId, Channel ch) {
    users.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(ch);
  }

  void leave(long conversationId, Channel ch) {
    Set<Channel> room = conversations.get(conversationId);
    if (room != null) {
      room.remove(ch);
    }
  }

  void leaveUser(long userId, Channel ch) {
    Set<Channel> room = users.get(userId);
    if (room != null) {
      room.remove(ch);
    }
  }

  Set<Channel> conversation(long conversationId) {
    return conversations.getOrDefault(conversationId, Set.of());
  }

  Set<Channel> user(long userId) {
    return users.getOrDefault(userId, Set.of());
  }

  StoredMessage store(long conversationId, long senderId, long receiverId, String content) {
    StoredMessage m = new StoredMessage(ids.incrementAndGet(), conversationId, senderId, receiverId, content,
        System.currentTimeMillis());
    messages.computeIfAbsent(conversationId, k -> Collections.synchronizedList(new ArrayList<>())).add(m);
    return m;
  }
}
