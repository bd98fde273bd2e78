package dev.chat.core.port;

import static dev.chat.core.port.StoreFixtures.ALICE;
import static dev.chat.core.port.StoreFixtures.BOB;
import static dev.chat.core.port.StoreFixtures.CAROL;
import static dev.chat.core.port.StoreFixtures.at;
import static dev.chat.core.port.StoreFixtures.notification;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NotificationStore} implementation must have. Extend it, implement
 * {@link #newStore()}, and JUnit runs the whole suite against the implementation.
 */
public abstract class NotificationStoreContract {

    /** The fresh, empty store under test, created before each test. */
    protected ChatStore store;

    /**
     * Returns a new, empty store. Called once before each test.
     *
     * @return the store under test
     */
    protected abstract ChatStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void appendStoresEveryFieldAsGiven() {
        Notification n = store.appendNotification(new NotificationDraft(
                BOB, "Project Update", "You have been assigned to Project X ✅", "project_assigned", at(7)));

        assertThat(n.id()).isPositive();
        assertThat(n).isEqualTo(new Notification(n.id(), BOB, "Project Update",
                "You have been assigned to Project X ✅", "project_assigned", at(7)));
        assertThat(store.notifications(BOB, OptionalLong.empty(), 10)).containsExactly(n);
    }

    @Test
    void idsStrictlyIncreaseAcrossUsers() {
        long previous = 0;
        for (int i = 0; i < 6; i++) {
            long id = store.appendNotification(notification(i % 2 == 0 ? ALICE : BOB, "n" + i, at(i))).id();
            assertThat(id).isGreaterThan(previous);
            previous = id;
        }
    }

    @Test
    void notificationsAreTheUsersOwnOldestToNewest() {
        List<Notification> alice = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alice.add(store.appendNotification(notification(ALICE, "a" + i, at(i))));
            store.appendNotification(notification(BOB, "b" + i, at(i)));
        }

        assertThat(store.notifications(ALICE, OptionalLong.empty(), 10)).isEqualTo(alice);
        assertThat(store.notifications(CAROL, OptionalLong.empty(), 10)).isEmpty();
    }

    @Test
    void notificationsPageBackFromAnIdExcludingIt() {
        List<Notification> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(store.appendNotification(notification(ALICE, "a" + i, at(i))));
        }

        assertThat(store.notifications(ALICE, OptionalLong.empty(), 2)).isEqualTo(all.subList(3, 5));
        assertThat(store.notifications(ALICE, OptionalLong.of(all.get(3).id()), 2)).isEqualTo(all.subList(1, 3));
        assertThat(store.notifications(ALICE, OptionalLong.of(all.get(0).id()), 2)).isEmpty();
    }
}
