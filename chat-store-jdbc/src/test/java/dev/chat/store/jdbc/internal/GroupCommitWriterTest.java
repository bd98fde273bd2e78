package dev.chat.store.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitWriterTest {

  /** Records every batch; holds each batch until the test lets it through. */
  private static final class RecordingCommitter implements GroupCommitWriter.BatchCommitter<String, String> {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final Semaphore gate = new Semaphore(0);
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    volatile String failOn;

    @Override
    public List<String> commit(List<String> batch) throws Exception {
      firstBatchStarted.countDown();
      if (!gate.tryAcquire(10, TimeUnit.SECONDS)) {
        throw new AssertionError("test never released the batch " + batch);
      }
      batches.add(List.copyOf(batch));
      if (failOn != null && batch.contains(failOn)) {
        throw new SQLTransientConnectionException("connection lost");
      }
      List<String> out = new ArrayList<>();
      for (String r : batch) {
        out.add(r.toUpperCase());
      }
      return out;
    }
  }

  private final RecordingCommitter committer = new RecordingCommitter();
  private GroupCommitWriter<String, String> writer;

  @AfterEach
  void close() {
    committer.gate.release(1000);
    if (writer != null) {
      assertThat(writer.close(Duration.ofSeconds(10))).isTrue();
    }
  }

  @Test
  void requestsQueuedDuringACommitGoTogetherInTheNextBatch() throws Exception {
    writer = new GroupCommitWriter<>("w", committer, 100, 1000, Duration.ofSeconds(1));
    CompletableFuture<String> first = writer.submit("a");
    assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<String>> rest = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rest.add(writer.submit("m" + i));
    }
    assertThat(first).isNotDone();
    committer.gate.release(2);
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    for (int i = 0; i < 10; i++) {
      assertThat(rest.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("M" + i);
    }
    assertThat(committer.batches).containsExactly(
        List.of("a"), List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"));
  }

  @Test
  void batchesAreBoundedBySize() throws Exception {
    writer = new GroupCommitWriter<>("w", committer, 3, 1000, Duration.ofSeconds(1));
    CompletableFuture<String> first = writer.submit("a");
    assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    List<CompletableFuture<String>> rest = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rest.add(writer.submit("m" + i));
    }
    committer.gate.release(4);
    CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(first).isCompletedWithValue("A");
    assertThat(committer.batches).containsExactly(
        List.of("a"), List.of("m0", "m1", "m2"), List.of("m3", "m4", "m5"), List.of("m6"));
  }

  @Test
  void aFailedBatchFailsExactlyItsOwnRequests() throws Exception {
    writer = new GroupCommitWriter<>("w", committer, 100, 1000, Duration.ofSeconds(1));
    CompletableFuture<String> first = writer.submit("a");
    assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> b = writer.submit("b");
    CompletableFuture<String> c = writer.submit("c");
    committer.failOn = "b";
    committer.gate.release(2);
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    for (CompletableFuture<String> f : List.of(b, c)) {
      assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(SQLTransientConnectionException.class)
          .hasRootCauseMessage("connection lost");
    }
    committer.failOn = null;
    committer.gate.release(1);
    assertThat(writer.submit("d").get(10, TimeUnit.SECONDS)).isEqualTo("D");
  }

  @Test
  void aFullQueueRejectsAfterTheEnqueueTimeout() throws Exception {
    writer = new GroupCommitWriter<>("w", committer, 1, 2, Duration.ofMillis(200));
    CompletableFuture<String> first = writer.submit("a");
    assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> b = writer.submit("b");
    CompletableFuture<String> c = writer.submit("c");
    long start = System.nanoTime();
    CompletableFuture<String> rejected = writer.submit("d");
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(waitedMillis).isBetween(150L, 5_000L);
    assertThatThrownBy(() -> rejected.get(1, TimeUnit.SECONDS))
        .hasCauseInstanceOf(RejectedExecutionException.class)
        .hasRootCauseMessage("the write queue stayed full for 200 ms");
    committer.gate.release(3);
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo("C");
  }

  @Test
  void closeCommitsWhatIsQueuedThenRejects() throws Exception {
    writer = new GroupCommitWriter<>("w", committer, 100, 1000, Duration.ofSeconds(1));
    CompletableFuture<String> first = writer.submit("a");
    assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<String> queued = writer.submit("b");
    CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> writer.close(Duration.ofSeconds(10)));
    committer.gate.release(2);
    assertThat(closed.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(first).isCompletedWithValue("A");
    assertThat(queued).isCompletedWithValue("B");
    assertThatThrownBy(() -> writer.submit("c").get(1, TimeUnit.SECONDS))
        .hasCauseInstanceOf(RejectedExecutionException.class)
        .hasRootCauseMessage("the store is closed");
  }

  @Test
  void aBatchCompletesOnTheCompletionExecutorWhileTheNextOneCommits() throws Exception {
    ExecutorService completions = Executors.newSingleThreadExecutor(r -> new Thread(r, "completions"));
    try {
      writer = new GroupCommitWriter<>("w", committer, completions, 100, 1000, Duration.ofSeconds(1));
      List<String> order = new CopyOnWriteArrayList<>();
      CountDownLatch firstDone = new CountDownLatch(1);
      CountDownLatch allDone = new CountDownLatch(3);
      CompletableFuture<String> first = writer.submit("a");
      assertThat(committer.firstBatchStarted.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<String> second = writer.submit("b");
      CompletableFuture<String> third = writer.submit("c");
      for (CompletableFuture<String> f : List.of(first, second, third)) {
        f.thenAccept(v -> {
          order.add(v + "@" + Thread.currentThread().getName());
          firstDone.countDown();
          allDone.countDown();
        });
      }
      // No get() before the latches: a thread waiting in get() may run the dependents itself.
      committer.gate.release(1); // only the first batch: the writer then waits in the second
      assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(second).isNotDone();
      committer.gate.release(1);
      assertThat(allDone.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(order).containsExactly("A@completions", "B@completions", "C@completions");
    } finally {
      completions.shutdown();
    }
  }
}
