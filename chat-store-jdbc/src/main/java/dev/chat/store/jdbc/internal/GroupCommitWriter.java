package dev.chat.store.jdbc.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: requests from many threads queue up for one writer thread, which commits them in
 * batches, one transaction per batch. Under load the batches grow, so the database sees few large
 * commits instead of many small ones.
 *
 * <p>Guarantees: a request's future completes only after its batch committed; a failed batch fails
 * exactly its own requests (with the committer's exception) and the committer must leave nothing of
 * it visible (roll back); batches are committed one at a time in queue order, so store-assigned ids
 * grow in commit order. Bounds: at most {@code maxBatchSize} requests per batch, at most
 * {@code queueCapacity} waiting, and a submitter waits at most {@code enqueueTimeout} for room.
 *
 * <p>A batch's futures are completed by one task on the {@code completions} executor, in queue
 * order, so that what depends on them (a broadcast of the stored messages) runs while the writer
 * already commits the next batch. With a single-threaded executor, futures complete in commit order.
 *
 * <p>All threading of the JDBC store is in this class.
 *
 * @param <R> a request
 * @param <T> its result
 */
public final class GroupCommitWriter<R, T> implements AutoCloseable {

  /**
   * Commits one batch in one transaction.
   *
   * @param <R> a request
   * @param <T> its result
   */
  @FunctionalInterface
  public interface BatchCommitter<R, T> {
    /**
     * Commits the batch, or rolls it back whole and throws.
     *
     * @param batch the requests, in queue order
     * @return one result per request, in the same order
     * @throws Exception when the batch was not committed
     */
    List<T> commit(List<R> batch) throws Exception;
  }

  private enum State { RUNNING, CLOSING, CLOSED }

  /** How often an idle writer looks whether it was closed. */
  private static final long IDLE_POLL_MILLIS = 50;

  private record Pending<R, T>(R request, CompletableFuture<T> result) {}

  private final BatchCommitter<R, T> committer;
  private final Executor completions;
  private final int maxBatchSize;
  private final Duration enqueueTimeout;
  private final BlockingQueue<Pending<R, T>> queue;
  private final Thread thread;
  private volatile State state = State.RUNNING;

  /**
   * Starts the writer thread, which also completes the futures.
   *
   * @param name the writer thread's name
   * @param committer commits one batch
   * @param maxBatchSize most requests per batch
   * @param queueCapacity most requests waiting
   * @param enqueueTimeout longest wait of a submitter for room in a full queue
   */
  public GroupCommitWriter(String name, BatchCommitter<R, T> committer, int maxBatchSize,
      int queueCapacity, Duration enqueueTimeout) {
    this(name, committer, Runnable::run, maxBatchSize, queueCapacity, enqueueTimeout);
  }

  /**
   * Starts the writer thread.
   *
   * @param name the writer thread's name
   * @param committer commits one batch
   * @param completions completes each batch's futures, one task per batch (a single thread keeps
   *     them in commit order); when it rejects a task, the writer completes them itself
   * @param maxBatchSize most requests per batch
   * @param queueCapacity most requests waiting
   * @param enqueueTimeout longest wait of a submitter for room in a full queue
   */
  public GroupCommitWriter(String name, BatchCommitter<R, T> committer, Executor completions,
      int maxBatchSize, int queueCapacity, Duration enqueueTimeout) {
    this.committer = Objects.requireNonNull(committer, "committer");
    this.completions = Objects.requireNonNull(completions, "completions");
    if (maxBatchSize < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("maxBatchSize and queueCapacity must be at least 1");
    }
    this.maxBatchSize = maxBatchSize;
    this.enqueueTimeout = Objects.requireNonNull(enqueueTimeout, "enqueueTimeout");
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Queues a request. The future completes with the result after the request's batch committed,
   * or exceptionally with: the committer's exception when the batch failed,
   * {@link RejectedExecutionException} when the queue stayed full for {@code enqueueTimeout} or the
   * writer is closed, {@link InterruptedException} when the caller was interrupted while waiting.
   *
   * @param request the request
   * @return the result to come
   */
  public CompletableFuture<T> submit(R request) {
    Pending<R, T> pending = new Pending<>(Objects.requireNonNull(request, "request"),
        new CompletableFuture<>());
    if (state != State.RUNNING) {
      return CompletableFuture.failedFuture(new RejectedExecutionException("the store is closed"));
    }
    try {
      if (!queue.offer(pending, enqueueTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return CompletableFuture.failedFuture(new RejectedExecutionException(
            "the write queue stayed full for " + enqueueTimeout.toMillis() + " ms"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
    // The writer may have stopped between the state check and the offer: nobody would take it.
    if (state == State.CLOSED && queue.remove(pending)) {
      pending.result.completeExceptionally(new RejectedExecutionException("the store is closed"));
    }
    return pending.result;
  }

  /** @return how many requests wait for the writer now */
  public int queued() {
    return queue.size();
  }

  /**
   * Stops taking requests, commits those already queued, and stops the writer thread.
   * Waits for it at most the given time.
   *
   * @param timeout longest wait for the queue to drain
   * @return true if the writer stopped in time
   */
  public boolean close(Duration timeout) {
    if (state == State.RUNNING) {
      // No interrupt: it could abort the JDBC I/O of a batch (H2 closes its file on interrupt).
      state = State.CLOSING;
    }
    try {
      thread.join(Math.max(1, timeout.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !thread.isAlive();
  }

  /** Same as {@code close(Duration.ofSeconds(30))}. */
  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }

  private void run() {
    List<Pending<R, T>> batch = new ArrayList<>(maxBatchSize);
    try {
      while (true) {
        Pending<R, T> first;
        if (state == State.RUNNING) {
          try {
            first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            return; // only a foreign interrupt gets here; the finally block fails what is left
          }
          if (first == null) {
            continue;
          }
        } else {
          first = queue.poll(); // CLOSING: commit what is left, then stop
          if (first == null) {
            return;
          }
        }
        batch.add(first);
        queue.drainTo(batch, maxBatchSize - 1);
        commit(batch);
        batch.clear();
      }
    } finally {
      state = State.CLOSED;
      Pending<R, T> left;
      while ((left = queue.poll()) != null) {
        left.result.completeExceptionally(new RejectedExecutionException("the store is closed"));
      }
    }
  }

  private void commit(List<Pending<R, T>> batch) {
    List<R> requests = new ArrayList<>(batch.size());
    for (Pending<R, T> p : batch) {
      requests.add(p.request);
    }
    List<Pending<R, T>> done = List.copyOf(batch);
    List<T> results;
    try {
      results = committer.commit(requests);
      if (results.size() != requests.size()) {
        throw new IllegalStateException(
            "committer returned " + results.size() + " results for " + requests.size() + " requests");
      }
    } catch (Throwable t) {
      complete(() -> {
        for (Pending<R, T> p : done) {
          p.result.completeExceptionally(t);
        }
      });
      if (t instanceof Error e && !(t instanceof AssertionError)) {
        throw e;
      }
      return;
    }
    complete(() -> {
      for (int i = 0; i < done.size(); i++) {
        done.get(i).result.complete(results.get(i));
      }
    });
  }

  private void complete(Runnable batchCompletion) {
    try {
      completions.execute(batchCompletion);
    } catch (RejectedExecutionException e) {
      batchCompletion.run();
    }
  }
}
