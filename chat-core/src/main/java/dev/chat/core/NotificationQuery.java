package dev.chat.core;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A page of a user's notifications: the {@code limit} newest notifications whose id is below
 * {@code before}, returned oldest to newest. To page back, pass the smallest id of the previous page
 * as the next {@code before}.
 *
 * @param before only notifications with a smaller id; empty for the newest page
 * @param limit page size; empty for {@link ChatConfig#defaultNotificationLimit()}, at most
 *     {@link ChatConfig#maxNotificationLimit()}
 */
public record NotificationQuery(OptionalLong before, OptionalInt limit) {

    /**
     * Validates that the optional parts are present (possibly empty).
     *
     * @param before only notifications with a smaller id; empty for the newest page
     * @param limit page size; empty for {@link ChatConfig#defaultNotificationLimit()}, at most
     *     {@link ChatConfig#maxNotificationLimit()}
     */
    public NotificationQuery {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(limit, "limit");
    }

    /**
     * Returns the newest page with the default size.
     *
     * @return the query
     */
    public static NotificationQuery latest() {
        return new NotificationQuery(OptionalLong.empty(), OptionalInt.empty());
    }

    /**
     * Returns a copy that pages back from a notification id.
     *
     * @param notificationId only notifications with a smaller id
     * @return the query
     */
    public NotificationQuery before(long notificationId) {
        return new NotificationQuery(OptionalLong.of(notificationId), limit);
    }

    /**
     * Returns a copy with an explicit page size.
     *
     * @param size the page size
     * @return the query
     */
    public NotificationQuery limit(int size) {
        return new NotificationQuery(before, OptionalInt.of(size));
    }
}
