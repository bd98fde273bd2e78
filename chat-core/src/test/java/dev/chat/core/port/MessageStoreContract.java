package dev.chat.core.port;

import org.junit.jupiter.api.BeforeEach;

/**
 * The behaviour every {@link MessageStore} implementation must have. Extend it, implement
 * {@link #newStore()}, and JUnit runs the whole suite against the implementation.
 */
public abstract class MessageStoreContract {

    /** The fresh, empty store under test, created before each test. */
    protected ChatStore store;

    /**
     * Returns a new, empty store. Called once before each test.
     *
     * @return the store under test
     */
    protected abstract ChatStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }
}
