package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a process appends N messages, the test SIGKILLs it right after the N-th
 * acknowledgement, and a fresh store on the same database finds all N with their read state.
 */
class KillDashNineTest {

  private static final int N = 50;

  @TempDir Path dataDir;

  @Test
  void h2FileDatabaseKeepsEveryAcknowledgedMessage() throws Exception {
    JdbcStoreConfig config = JdbcStoreConfig.embedded(dataDir);
    crashAfterAcks(config);
  }

  @Test
  void postgresKeepsEveryAcknowledgedMessage() throws Exception {
    try (PostgresTestDatabase db = PostgresTestDatabase.create()) {
      crashAfterAcks(db.config());
    }
  }

  private void crashAfterAcks(JdbcStoreConfig config) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath,
        CrashingWriterProcess.class.getName(),
        config.url(), config.user(), config.password(), Integer.toString(N))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    long conversationId;
    List<Long> acked = new ArrayList<>();
    int markedRead;
    try {
      CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> readUntilDone(child));
      List<String> out = lines.get(60, TimeUnit.SECONDS);
      conversationId = -1;
      markedRead = -1;
      for (String line : out) { // other lines are the child's logging
        if (line.startsWith("CONVERSATION ")) {
          conversationId = Long.parseLong(line.substring("CONVERSATION ".length()));
        } else if (line.startsWith("ACK ")) {
          acked.add(Long.parseLong(line.substring(4)));
        } else if (line.startsWith("READ ")) {
          markedRead = Integer.parseInt(line.substring(5));
        }
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close()
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acked).hasSize(N);
    assertThat(markedRead).isEqualTo(N / 2);

    try (JdbcChatStore store = JdbcChatStore.open(config)) {
      List<Message> history = store.history(conversationId, OptionalLong.empty(), N + 10);
      assertThat(history).extracting(Message::id).containsExactlyElementsOf(acked);
      Instant readAt = Instant.parse("2026-11-25T10:00:00Z").plusMillis(N / 2 - 1);
      for (int i = 0; i < N; i++) {
        Message m = history.get(i);
        assertThat(m.content()).isEqualTo("m" + i);
        assertThat(m.clientMessageId()).isEqualTo("c" + i);
        assertThat(m.read()).as("read state of m" + i).isEqualTo(i < N / 2);
        assertThat(m.readAt()).isEqualTo(i < N / 2 ? readAt : null);
      }
    }
  }

  private static List<String> readUntilDone(Process child) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
        if (line.equals("DONE")) {
          return lines;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new IllegalStateException("the child process ended before DONE: " + lines);
  }
}
