package dev.chat.server.internal.api;

import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.memory.InMemoryChatStore;
import dev.chat.server.testing.ForwardingChatStore;
import java.time.Instant;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An in-memory store whose open-or-get waits until {@code parties} callers are all about to open, so
 * a test can race requests deterministically: every racer has passed its own checks before any of
 * them reaches the store.
 */
final class RendezvousChatStore extends ForwardingChatStore {

    private final CyclicBarrier barrier;

    RendezvousChatStore(int parties) {
        super(new InMemoryChatStore());
        barrier = new CyclicBarrier(parties);
    }

    @Override
    public OpenedConversation openOrGetConversation(UserId first, UserId second, Instant createdAt) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted at the rendezvous", e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other racers never came", e);
        }
        return delegate.openOrGetConversation(first, second, createdAt);
    }

    /** Blocking, as the ports assume by default: a racer waits at the rendezvous off the event loops. */
    @Override
    public boolean isBlocking() {
        return true;
    }
}
