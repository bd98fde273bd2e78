package dev.chat.examples.embedding;

import dev.chat.core.ChatService;
import dev.chat.core.Notification;
import dev.chat.core.PublishNotification;
import dev.chat.core.Result;
import dev.chat.core.UserId;

/**
 * The shop's business logic. Shipping an order stores a notification and pushes it as
 * {@code new_notification} to every connected device of the customer, through the same
 * {@link ChatService} the sockets use.
 */
public final class ShopOrders {
    private final ChatService chat;

    ShopOrders(ChatService chat) {
        this.chat = chat;
    }

    /** Ships {@code orderId} and notifies {@code customerId}; returns the stored notification. */
    public Notification ship(String customerId, String orderId) {
        // ... the shop's own work: label, carrier, stock ...
        Result<Notification> published = chat.publishNotification(new PublishNotification(
                UserId.of(customerId), "Order shipped", "Your order " + orderId + " is on its way.", "order_shipped"));
        return published.orElseThrow();
    }
}
