package dev.chat.core.memory;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.StoreConcurrencyContract;

class InMemoryStoreConcurrencyTest extends StoreConcurrencyContract {
    @Override
    protected ChatStore newStore() {
        return new InMemoryChatStore();
    }
}
