package dev.chat.store.jdbc;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** chat-core's ConversationStore contract suite on H2. */
class H2ConversationStoreContractTest extends ConversationStoreContract {

  private static TestStores stores;

  @BeforeAll
  static void openDatabase() {
    stores = TestStores.h2();
  }

  @AfterAll
  static void dropDatabase() {
    if (stores != null) {
      stores.close();
    }
  }

  @Override
  protected ChatStore newStore() {
    return stores.fresh();
  }

  @AfterEach
  void closeStore() {
    stores.closeStores();
  }
}
