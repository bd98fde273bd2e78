package dev.chat.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.core.ChatEvent;
import dev.chat.core.ConnectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link ChatEventSink} that records every call, for tests to take in order with the
 * {@code assertNext…} methods and to finish with {@link #assertExhausted()}. Thread-safe.
 */
public final class RecordingChatEventSink implements ChatEventSink {

    /** One recorded call. */
    public sealed interface Call permits Emitted, Subscribed, Unsubscribed {
    }

    /**
     * A recorded {@link #emit}.
     *
     * @param event the event
     * @param to the audiences
     * @param except the excluded connection, or empty
     */
    public record Emitted(ChatEvent event, Set<Audience> to, Optional<ConnectionId> except) implements Call {
    }

    /**
     * A recorded {@link #subscribe}.
     *
     * @param connection the connection
     * @param audience the audience
     */
    public record Subscribed(ConnectionId connection, Audience audience) implements Call {
    }

    /**
     * A recorded {@link #unsubscribe}.
     *
     * @param connection the connection
     * @param audience the audience
     */
    public record Unsubscribed(ConnectionId connection, Audience audience) implements Call {
    }

    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    /** Creates an empty recorder. */
    public RecordingChatEventSink() {
    }

    @Override
    public void subscribe(ConnectionId connection, Audience audience) {
        calls.add(new Subscribed(connection, audience));
    }

    @Override
    public void unsubscribe(ConnectionId connection, Audience audience) {
        calls.add(new Unsubscribed(connection, audience));
    }

    @Override
    public void emit(ChatEvent event, Set<Audience> to, Optional<ConnectionId> except) {
        calls.add(new Emitted(event, Set.copyOf(to), except));
    }

    /**
     * Takes the next call, asserting there is one.
     *
     * @return the call
     */
    public Call takeNext() {
        Call next = calls.poll();
        assertThat(next).as("next recorded sink call").isNotNull();
        return next;
    }

    /**
     * Takes the next call, asserting it is an emission.
     *
     * @return the emission
     */
    public Emitted assertNextEmitted() {
        Call next = takeNext();
        assertThat(next).as("next recorded sink call").isInstanceOf(Emitted.class);
        return (Emitted) next;
    }

    /**
     * Asserts the next call emits exactly this event to exactly these audiences, excluding no one.
     *
     * @param event the expected event
     * @param to the expected audiences
     */
    public void assertNextEmitted(ChatEvent event, Audience... to) {
        assertThat(assertNextEmitted()).isEqualTo(new Emitted(event, Set.of(to), Optional.empty()));
    }

    /**
     * Asserts the next call emits exactly this event to exactly these audiences, excluding
     * {@code except}.
     *
     * @param event the expected event
     * @param except the excluded connection
     * @param to the expected audiences
     */
    public void assertNextEmittedExcept(ChatEvent event, ConnectionId except, Audience... to) {
        assertThat(assertNextEmitted()).isEqualTo(new Emitted(event, Set.of(to), Optional.of(except)));
    }

    /**
     * Takes the next call, asserting it emits an event of the given type, and returns the event.
     *
     * @param type the expected event type
     * @param <E> the event type
     * @return the event
     */
    public <E extends ChatEvent> E assertNextEvent(Class<E> type) {
        ChatEvent event = assertNextEmitted().event();
        assertThat(event).isInstanceOf(type);
        return type.cast(event);
    }

    /**
     * Asserts the next call subscribes the connection to the audience.
     *
     * @param connection the expected connection
     * @param audience the expected audience
     */
    public void assertNextSubscribed(ConnectionId connection, Audience audience) {
        assertThat(takeNext()).isEqualTo(new Subscribed(connection, audience));
    }

    /**
     * Asserts the next call unsubscribes the connection from the audience.
     *
     * @param connection the expected connection
     * @param audience the expected audience
     */
    public void assertNextUnsubscribed(ConnectionId connection, Audience audience) {
        assertThat(takeNext()).isEqualTo(new Unsubscribed(connection, audience));
    }

    /** Asserts every recorded call has been taken. */
    public void assertExhausted() {
        assertThat(new ArrayList<>(calls)).as("untaken sink calls").isEmpty();
    }

    /**
     * Takes every remaining call.
     *
     * @return the calls in order
     */
    public List<Call> drain() {
        List<Call> all = new ArrayList<>();
        for (Call c = calls.poll(); c != null; c = calls.poll()) {
            all.add(c);
        }
        return all;
    }
}
