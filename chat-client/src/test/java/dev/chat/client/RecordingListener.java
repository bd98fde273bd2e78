package dev.chat.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;

/** A {@link ChatListener} that records every event, for {@code assertNext…} in tests. */
public final class RecordingListener implements ChatListener {
    private final Queue<ChatEvent> events = new ArrayDeque<>();

    @Override
    public synchronized void onEvent(ChatEvent event) {
        events.add(event);
    }

    /** The next event, which must be of {@code type}. */
    public synchronized <E extends ChatEvent> E next(Class<E> type) {
        ChatEvent event = events.poll();
        assertThat(event).as("the next event").isInstanceOf(type);
        return type.cast(event);
    }

    /** Asserts the next event is a state change to {@code state}. */
    public ConnectionStateChange assertNextState(ConnectionState state) {
        ConnectionStateChange change = next(ConnectionStateChange.class);
        assertThat(change.current()).as("state after " + change).isEqualTo(state);
        return change;
    }

    /** Asserts no event is left. */
    public synchronized void assertExhausted() {
        assertThat(events).as("unasserted events").isEmpty();
    }
}
