package dev.chat.store.jdbc;

import dev.chat.core.port.ChatStore;
import dev.chat.core.port.ConversationStoreContract;
import dev.chat.core.port.MessageStoreContract;
import dev.chat.core.port.NotificationStoreContract;
import dev.chat.core.port.StoreConcurrencyContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * chat-core's four store contract suites on PostgreSQL: one nested class per suite, all on one store
 * fixture that this class opens once and drops at the end. (The nested classes are declared here,
 * not inherited from a shared base, so that Surefire reports each database's suites apart.)
 */
class PostgresStoreContractTest {

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

  /** Runs after each nested suite's own clean-up. */
  @AfterEach
  void closeStore() {
    stores.closeStores();
  }

  @Nested
  class Conversations extends ConversationStoreContract {
    @Override
    protected ChatStore newStore() {
      return stores.fresh();
    }
  }

  @Nested
  class Messages extends MessageStoreContract {
    @Override
    protected ChatStore newStore() {
      return stores.fresh();
    }
  }

  @Nested
  class Notifications extends NotificationStoreContract {
    @Override
    protected ChatStore newStore() {
      return stores.fresh();
    }
  }

  @Nested
  class Concurrency extends StoreConcurrencyContract {
    @Override
    protected ChatStore newStore() {
      return stores.fresh();
    }
  }
}
