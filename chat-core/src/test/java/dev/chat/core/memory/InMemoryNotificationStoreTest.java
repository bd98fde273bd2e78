package dev.chat.core.memory;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.NotificationStoreContract;

class InMemoryNotificationStoreTest extends NotificationStoreContract {
    @Override
    protected ChatStore newStore() {
        return new InMemoryChatStore();
    }
}
