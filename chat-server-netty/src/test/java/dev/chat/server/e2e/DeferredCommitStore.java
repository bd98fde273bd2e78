package dev.chat.server.e2e;

import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import dev.chat.server.testing.ForwardingChatStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A blocking store (the in-memory one underneath) whose asynchronous appends are stored only when
 * the test commits them, as a group-committing database would after its commit.
 */
final class DeferredCommitStore extends ForwardingChatStore {

  private record Pending(MessageDraft draft, CompletableFuture<AppendResult> result) {}

  private final List<Pending> pending = new ArrayList<>();

  DeferredCommitStore() {
    super(new InMemoryChatStore());
  }

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
      p.result.complete(delegate.append(p.draft));
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
}
