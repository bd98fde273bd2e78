package dev.chat.store.jdbc;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.StoreConcurrencyContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** chat-core's store concurrency contract suite on Postgres. */
class PostgresStoreConcurrencyContractTest extends StoreConcurrencyContract {

  private static TestStores stores;

  @BeforeAll
  static void openDatabase() {
    stores = TestStores.postgres();
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
