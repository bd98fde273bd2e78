package dev.chat.server.e2e;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A blocking store (the in-memory one underneath) whose asynchronous appends are stored only when
 * the test commits them, as a group-committing database would after its commit.
 */
final class DeferredCommitStore implements ChatStore {

  private record Pending(MessageDraft draft, CompletableFuture<AppendResult> result) {}

  private final InMemoryChatStore stored = new InMemoryChatStore();
  private final List<Pending> pending = new ArrayList<>();

  /** @return how many appends wait for {@link #commitAll()} */
  synchronized int pending() {
    return pending.size();
  }

  /** Stores every waiting append, oldest first, and completes each. */
  void commitAll() {
    List<Pending> batch;
    synchronized (this) {
      batch = List.copyOf(pending);
      pending.clear();
    }
    for (Pending p : batch) {
      p.result.complete(stored.append(p.draft));
    }
  }

  @Override
  public synchronized CompletionStage<AppendResult> appendAsync(MessageDraft draft) {
    Pending p = new Pending(draft, new CompletableFuture<>());
    pending.add(p);
    return p.result;
  }

  @Override
  public AppendResult append(MessageDraft draft) {
    return appendAsync(draft).toCompletableFuture().join();
  }

  @Override
  public boolean isBlocking() {
    return true;
  }

  @Override
  public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
    return stored.openOrGetConversation(first, second, createdAt);
  }

  @Override
  public Optional<Conversation> findConversation(long conversationId) {
    return stored.findConversation(conversationId);
  }

  @Override
  public Optional<Conversation> findConversationBetween(UserId a, UserId b) {
    return stored.findConversationBetween(a, b);
  }

  @Override
  public Optional<Message> findMessage(long messageId) {
    return stored.findMessage(messageId);
  }

  @Override
  public List<Message> history(long conversationId, OptionalLong before, int limit) {
    return stored.history(conversationId, before, limit);
  }

  @Override
  public int markRead(long conversationId, UserId reader, Instant readAt) {
    return stored.markRead(conversationId, reader, readAt);
  }

  @Override
  public Notification appendNotification(NotificationDraft draft) {
    return stored.appendNotification(draft);
  }

  @Override
  public List<Notification> notifications(UserId user, OptionalLong before, int limit) {
    return stored.notifications(user, before, limit);
  }

  @Override
  public List<ConversationSummary> summaries(UserId user, int limit) {
    return stored.summaries(user, limit);
  }
}
