package dev.chat.core.internal;

import dev.chat.core.ChatEvent;
import dev.chat.core.ConnectionId;
import dev.chat.core.port.Audience;
import dev.chat.core.port.ChatEventSink;
import java.util.Optional;
import java.util.Set;

/**
 * One thing a successful call does to the sink. Calls collect their effects and apply them only
 * after every store call succeeded, so a failure never leaves a half-done broadcast.
 */
sealed interface Effect {

    /** Applies the effect. */
    void applyTo(ChatEventSink sink);

    /** Emits an event. */
    record Emit(ChatEvent event, Set<Audience> to, Optional<ConnectionId> except) implements Effect {
        @Override
        public void applyTo(ChatEventSink sink) {
            sink.emit(event, to, except);
        }
    }

    /** Subscribes a connection to an audience. */
    record Subscribe(ConnectionId connection, Audience audience) implements Effect {
        @Override
        public void applyTo(ChatEventSink sink) {
            sink.subscribe(connection, audience);
        }
    }

    /** Unsubscribes a connection from an audience. */
    record Unsubscribe(ConnectionId connection, Audience audience) implements Effect {
        @Override
        public void applyTo(ChatEventSink sink) {
            sink.unsubscribe(connection, audience);
        }
    }

    static Effect emit(ChatEvent event, Audience to) {
        return new Emit(event, Set.of(to), Optional.empty());
    }

    static Effect emit(ChatEvent event, Audience to, ConnectionId except) {
        return new Emit(event, Set.of(to), Optional.of(except));
    }

    static Effect emit(ChatEvent event, Set<Audience> to, ConnectionId except) {
        return new Emit(event, Set.copyOf(to), Optional.of(except));
    }
}
