package dev.chat.store.jdbc;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.NotificationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** chat-core's NotificationStore contract suite on H2. */
class H2NotificationStoreContractTest extends NotificationStoreContract {

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
