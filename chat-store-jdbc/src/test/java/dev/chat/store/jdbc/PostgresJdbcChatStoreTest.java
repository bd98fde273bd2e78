package dev.chat.store.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store's own behaviour on PostgreSQL. */
class PostgresJdbcChatStoreTest extends JdbcChatStoreBehaviour {

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
  TestStores stores() {
    return stores;
  }
}
