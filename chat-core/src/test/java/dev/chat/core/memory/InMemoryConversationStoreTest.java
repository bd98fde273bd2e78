package dev.chat.core.memory;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {
    @Override
    protected ChatStore newStore() {
        return new InMemoryChatStore();
    }
}
