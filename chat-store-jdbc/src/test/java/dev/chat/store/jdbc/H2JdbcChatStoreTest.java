package dev.chat.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store's own behaviour on H2 file databases. */
class H2JdbcChatStoreTest extends JdbcChatStoreBehaviour {

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
  TestStores stores() {
    return stores;
  }
}
