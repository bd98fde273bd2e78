package dev.chat.store.jdbc;

import dev.chat.core.Conversation;
import dev.chat.core.UserId;
import dev.chat.core.port.MessageDraft;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The child process of {@link KillDashNineTest}: opens the store, appends messages and prints
 * {@code ACK <id>} after each append returned (that is, after it committed), marks the first half
 * read and prints {@code READ <count>}, prints {@code DONE}, then waits to be killed.
 *
 * <p>Arguments: JDBC URL, user, password, number of messages.
 */
public final class CrashingWriterProcess {

  private CrashingWriterProcess() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    JdbcChatStore store = JdbcChatStore.open(JdbcStoreConfig.builder()
        .url(args[0]).user(args[1]).password(args[2]).maxPoolSize(2)
        .connectionTimeout(Duration.ofSeconds(5)).build());
    int count = Integer.parseInt(args[3]);
    UserId alice = UserId.of(1);
    UserId bob = UserId.of(2);
    Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
    Conversation c = store.openConversation(alice, bob, t0);
    out.println("CONVERSATION " + c.id());
    for (int i = 0; i < count; i++) {
      Instant at = t0.plusMillis(i);
      long id = store.append(new MessageDraft(c.id(), alice, bob, "m" + i, at, "c" + i)).message().id();
      out.println("ACK " + id);
      out.flush();
      if (i == count / 2 - 1) {
        out.println("READ " + store.markRead(c.id(), bob, at));
        out.flush();
      }
    }
    out.println("DONE");
    out.flush();
    new CountDownLatch(1).await(); // until killed
  }
}
