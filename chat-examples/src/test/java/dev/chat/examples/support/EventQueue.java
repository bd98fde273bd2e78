package dev.chat.examples.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Events arriving on other threads, awaited with a timeout: {@link #next(Class)} blocks at most
 * {@link #TIMEOUT} for the next event and asserts its type. Never a sleep.
 *
 * @param <E> the event type
 */
public final class EventQueue<E> {
    /** How long any one event may take to arrive. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BlockingQueue<E> events = new LinkedBlockingQueue<>();

    /** Records an event (any thread). */
    public void add(E event) {
        events.add(event);
    }

    /** The next event, which must be of {@code type}. */
    public <T extends E> T next(Class<T> type) {
        E event = poll();
        assertThat(event).as("the next event, of type " + type.getSimpleName()).isInstanceOf(type);
        return type.cast(event);
    }

    /** Skips events until one of {@code type} matches {@code condition}; returns it. */
    public <T extends E> T skipUntil(Class<T> type, Predicate<T> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            E event;
            try {
                event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            assertThat(event).as("an event of type " + type.getSimpleName() + " within " + TIMEOUT).isNotNull();
            if (type.isInstance(event) && condition.test(type.cast(event))) {
                return type.cast(event);
            }
        }
    }

    /** Asserts nothing arrived (without waiting: call after a round trip that would have delivered it). */
    public void assertEmpty() {
        assertThat(events).as("unexpected events").isEmpty();
    }

    private E poll() {
        try {
            E event = events.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("an event within " + TIMEOUT).isNotNull();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
