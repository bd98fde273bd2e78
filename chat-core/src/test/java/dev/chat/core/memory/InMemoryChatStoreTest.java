package dev.chat.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.core.Conversation;
import dev.chat.core.ConversationSummary;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.core.port.MessageDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What the contract suites do not reach in the in-memory store's compact layout: logs that grow many
 * times, the message index past its first pages, columns made late (read times, client message ids),
 * and the drafts it refuses.
 */
class InMemoryChatStoreTest {

    private static final UserId ALICE = UserId.of(456);
    private static final UserId BOB = UserId.of(789);
    private static final UserId CAROL = UserId.of("carol");
    private static final Instant T0 = Instant.parse("2023-10-27T10:00:00.123Z");

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final Conversation aliceBob = store.openConversation(ALICE, BOB, T0);
    private final Conversation aliceCarol = store.openConversation(ALICE, CAROL, T0);

    @Test
    void tenThousandMessagesInTwoConversationsAreFoundAndPagedInIdOrder() {
        List<Message> withBob = new ArrayList<>();
        List<Message> withCarol = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            boolean toBob = i % 3 != 0;
            Conversation c = toBob ? aliceBob : aliceCarol;
            UserId sender = i % 2 == 0 ? ALICE : c.otherParticipant(ALICE);
            Message m = append(c, sender, "m" + i, T0.plusMillis(i), null);
            (toBob ? withBob : withCarol).add(m);
        }

        for (Message m : withBob) {
            assertThat(store.findMessage(m.id())).contains(m);
        }
        for (Message m : withCarol) {
            assertThat(store.findMessage(m.id())).contains(m);
        }
        assertThat(store.findMessage(10_001)).isEmpty();
        assertThat(pageAllBackwards(aliceBob, 97)).isEqualTo(withBob);
        assertThat(pageAllBackwards(aliceCarol, 1000)).isEqualTo(withCarol);
    }

    @Test
    void readTimesAreKeptWhenTheLogGrowsAfterTheFirstRead() {
        List<Message> early = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            early.add(append(aliceBob, ALICE, "early" + i, T0.plusMillis(i), null));
        }
        assertThat(store.markRead(aliceBob.id(), BOB, T0.plusMillis(100))).isEqualTo(5);
        List<Message> late = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            late.add(append(aliceBob, i % 4 == 0 ? BOB : ALICE, "late" + i, T0.plusMillis(200 + i), null));
        }

        assertThat(store.markRead(aliceBob.id(), BOB, T0.plusMillis(219))).isEqualTo(15);
        assertThat(store.markRead(aliceBob.id(), ALICE, T0.plusMillis(1000))).isEqualTo(10);

        List<Message> expected = new ArrayList<>();
        early.forEach(m -> expected.add(m.markedRead(T0.plusMillis(100))));
        for (int i = 0; i < late.size(); i++) {
            Message m = late.get(i);
            boolean read = m.senderId().equals(BOB) || i < 20;
            Instant readAt = m.senderId().equals(BOB) ? T0.plusMillis(1000) : T0.plusMillis(219);
            expected.add(read ? m.markedRead(readAt) : m);
        }
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 100)).isEqualTo(expected);
        assertThat(store.summaries(BOB, 10))
                .containsExactly(new ConversationSummary(aliceBob, expected.get(expected.size() - 1), 15));
    }

    @Test
    void clientMessageIdsAfterMessagesWithoutOneAreKeptThroughGrowth() {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(append(aliceBob, ALICE, "m" + i, T0, i >= 10 && i % 2 == 0 ? "k" + i : null));
        }

        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 100)).isEqualTo(all);
        assertThat(all.get(9).clientMessageId()).isNull();
        assertThat(all.get(20).clientMessageId()).isEqualTo("k20");
        assertThat(store.append(draft(aliceBob, ALICE, "again", T0, "k20")).message()).isEqualTo(all.get(20));
    }

    @Test
    void aDraftNotBetweenTheTwoParticipantsIsRejectedAndNothingIsStored() {
        assertThatThrownBy(() -> store.append(new MessageDraft(aliceBob.id(), CAROL, BOB, "x", T0, "k")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sender and receiver must be the two participants of conversation 1: carol -> 789");
        assertThatThrownBy(() -> store.append(new MessageDraft(aliceBob.id(), ALICE, ALICE, "x", T0, null)))
                .isInstanceOf(IllegalArgumentException.class);

        Message first = append(aliceBob, ALICE, "ok", T0, "k");
        assertThat(first.id()).isEqualTo(1);
        assertThat(store.history(aliceBob.id(), OptionalLong.empty(), 10)).containsExactly(first);
        assertThat(store.summaries(CAROL, 10)).containsExactly(new ConversationSummary(aliceCarol, null, 0));
    }

    @Test
    void timesAreKeptToTheMillisecondAndAppendAnswersWhatIsStored() {
        Message m = append(aliceBob, ALICE, "x", T0.plusNanos(456_789), null);

        assertThat(m.createdAt()).isEqualTo(T0);
        assertThat(store.findMessage(m.id())).contains(m);
    }

    @Test
    void conversationIdsOutsideTheStoreFindNothing() {
        assertThat(store.findConversation(0)).isEmpty();
        assertThat(store.findConversation(3)).isEmpty();
        assertThat(store.history(-1, OptionalLong.empty(), 10)).isEmpty();
        assertThat(store.markRead(Long.MAX_VALUE, BOB, T0)).isZero();
        assertThatThrownBy(() -> store.append(new MessageDraft(3, ALICE, BOB, "x", T0, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown conversation: 3");
    }

    private List<Message> pageAllBackwards(Conversation c, int limit) {
        List<Message> all = new ArrayList<>();
        OptionalLong before = OptionalLong.empty();
        while (true) {
            List<Message> page = store.history(c.id(), before, limit);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(0, page);
            before = OptionalLong.of(page.get(0).id());
        }
    }

    private Message append(Conversation c, UserId sender, String content, Instant at, String clientMessageId) {
        return store.append(draft(c, sender, content, at, clientMessageId)).message();
    }

    private static MessageDraft draft(Conversation c, UserId sender, String content, Instant at,
            String clientMessageId) {
        return new MessageDraft(c.id(), sender, c.otherParticipant(sender), content, at, clientMessageId);
    }
}
