package dev.chat.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.Notification;
import dev.chat.core.OpenedConversation;
import dev.chat.core.UserId;
import dev.chat.core.port.AppendResult;
import dev.chat.core.port.MessageDraft;
import dev.chat.core.port.NotificationDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC store adds to the contract suite: durability across a reopen, group commit under
 * concurrent senders, idempotency keys inside one batch, one conversation per pair under races.
 * Run on H2 and PostgreSQL by the subclasses.
 */
abstract class JdbcChatStoreBehaviour {

  static final UserId ALICE = UserId.of(1);
  static final UserId BOB = UserId.of(2);
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123Z");

  /** @return the fixture of this database kind, shared by the class */
  abstract TestStores stores();

  JdbcChatStore store;
  ExecutorService threads;

  @BeforeEach
  void openStore() {
    store = stores().fresh();
    threads = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void closeStore() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    stores().closeStores();
  }

  static MessageDraft draft(Conversation c, UserId from, String content, String clientMessageId) {
    return new MessageDraft(c.id(), from, c.otherParticipant(from), content, T0, clientMessageId);
  }

  @Test
  void everythingSurvivesAReopenWithItsReadState() {
    Conversation c = store.openConversation(ALICE, BOB, T0);
    Message first = store.append(draft(c, ALICE, "one", "k1")).message();
    Message second = store.append(draft(c, BOB, "two", null)).message();
    Instant readAt = T0.plusSeconds(5);
    assertThat(store.markRead(c.id(), BOB, readAt)).isEqualTo(1);
    Notification n = store.appendNotification(new NotificationDraft(BOB, "Project Update",
        "You have been assigned to Project X", "project_assigned", T0));
    store.close();

    JdbcChatStore again = stores().reopen();
    assertThat(again.findConversationBetween(BOB, ALICE)).contains(c);
    assertThat(again.history(c.id(), OptionalLong.empty(), 10))
        .containsExactly(first.markedRead(readAt), second);
    assertThat(again.notifications(BOB, OptionalLong.empty(), 10)).containsExactly(n);
    assertThat(again.append(draft(c, ALICE, "retry", "k1")))
        .isEqualTo(new AppendResult(first.markedRead(readAt), false));
  }

  @Test
  void concurrentSendersAreAllCommittedWithIdsInTheirOrder() throws Exception {
    Conversation c = store.openConversation(ALICE, BOB, T0);
    int senders = 8;
    int each = 40;
    List<Callable<List<Long>>> work = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int sender = s;
      work.add(() -> {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          ids.add(store.append(draft(c, ALICE, sender + ":" + i, null)).message().id());
        }
        return ids;
      });
    }
    Set<Long> all = new HashSet<>();
    for (Future<List<Long>> f : threads.invokeAll(work, 60, TimeUnit.SECONDS)) {
      List<Long> ids = f.get();
      assertThat(ids).isSorted().doesNotHaveDuplicates();
      all.addAll(ids);
    }
    assertThat(all).hasSize(senders * each);
    List<Message> history = store.history(c.id(), OptionalLong.empty(), senders * each + 10);
    assertThat(history).hasSize(senders * each);
    assertThat(history).extracting(Message::id).isSorted().containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void concurrentRetriesOfOneClientMessageIdStoreOneMessage() throws Exception {
    Conversation c = store.openConversation(ALICE, BOB, T0);
    List<Callable<AppendResult>> retries = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      retries.add(() -> store.append(draft(c, ALICE, "hello", "same-key")));
    }
    List<AppendResult> results = new ArrayList<>();
    for (Future<AppendResult> f : threads.invokeAll(retries, 60, TimeUnit.SECONDS)) {
      results.add(f.get());
    }
    assertThat(results).filteredOn(AppendResult::created).hasSize(1);
    assertThat(results).extracting(r -> r.message().id()).containsOnly(results.get(0).message().id());
    assertThat(store.history(c.id(), OptionalLong.empty(), 100)).hasSize(1);
    // The key belongs to the sender: the other participant may use the same string.
    assertThat(store.append(draft(c, BOB, "hi", "same-key")).created()).isTrue();
  }

  @Test
  void concurrentOpensOfOnePairYieldOneConversation() throws Exception {
    List<Callable<OpenedConversation>> opens = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      boolean flip = i % 2 == 0;
      opens.add(() -> store.openOrGetConversation(flip ? BOB : ALICE, flip ? ALICE : BOB, T0));
    }
    Set<Long> ids = new HashSet<>();
    int created = 0;
    for (Future<OpenedConversation> f : threads.invokeAll(opens, 60, TimeUnit.SECONDS)) {
      ids.add(f.get().conversation().id());
      created += f.get().created() ? 1 : 0;
    }
    assertThat(ids).hasSize(1);
    assertThat(created).isEqualTo(1);
  }

  @Test
  void pairsAreNormalisedInJavaOrderWhateverTheDatabaseCollation() {
    UserId upper = UserId.of("Bob");
    UserId lower = UserId.of("alice");
    Conversation c = store.openConversation(lower, upper, T0);
    assertThat(store.openConversation(upper, lower, T0.plusSeconds(1))).isEqualTo(c);
    assertThat(c.first()).isEqualTo(lower);
    assertThat(store.findConversationBetween(upper, lower)).contains(c);
  }

  @Test
  void summariesShowLastMessageAndUnreadCountNewestFirst() {
    UserId carol = UserId.of("carol");
    Conversation withBob = store.openConversation(ALICE, BOB, T0);
    Conversation withCarol = store.openConversation(carol, ALICE, T0.plusSeconds(1));
    Message toAlice = store.append(new MessageDraft(withBob.id(), BOB, ALICE, "hi", T0.plusSeconds(10), null))
        .message();
    Message later = store.append(new MessageDraft(withBob.id(), BOB, ALICE, "there", T0.plusSeconds(11), null))
        .message();
    assertThat(toAlice.id()).isLessThan(later.id());
    assertThat(store.summaries(ALICE, 10)).containsExactly(
        new ConversationSummary(withBob, later, 2),
        new ConversationSummary(withCarol, null, 0));
    assertThat(store.summaries(ALICE, 1)).hasSize(1);
    assertThat(store.summaries(BOB, 10)).containsExactly(new ConversationSummary(withBob, later, 0));
  }
}
