package dev.chat.core.port;

import dev.chat.core.Notification;
import dev.chat.core.UserId;
import java.util.List;
import java.util.OptionalLong;

/**
 * Stores system notifications. Implementations are thread-safe.
 */
public interface NotificationStore {

    /**
     * Appends a notification. It gets an id greater than every notification id assigned before.
     *
     * @param draft the validated notification
     * @return the stored notification
     * @throws StoreUnavailableException if the store is unavailable (and nothing was stored)
     */
    Notification appendNotification(NotificationDraft draft);

    /**
     * Returns the {@code limit} notifications of the user with the highest ids below {@code before}
     * (or the highest overall if {@code before} is empty), ordered by ascending id.
     *
     * @param user the user
     * @param before an exclusive upper bound on ids, or empty
     * @param limit the page size, positive
     * @return the page, oldest to newest
     * @throws StoreUnavailableException if the store is unavailable
     */
    List<Notification> notifications(UserId user, OptionalLong before, int limit);
}
