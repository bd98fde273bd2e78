package dev.chat.core.memory;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.MessageStoreContract;

class InMemoryMessageStoreTest extends MessageStoreContract {
    @Override
    protected ChatStore newStore() {
        return new InMemoryChatStore();
    }
}
