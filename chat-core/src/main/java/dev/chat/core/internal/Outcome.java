package dev.chat.core.internal;

import dev.chat.core.ChatError;
import dev.chat.core.Result;
import dev.chat.core.port.ChatEventSink;
import java.util.List;

/** A call's result together with the effects to apply if, and only if, it succeeded. */
record Outcome<T>(Result<T> result, List<Effect> effects) {

    Outcome {
        effects = List.copyOf(effects);
        if (!result.isOk() && !effects.isEmpty()) {
            throw new IllegalArgumentException("a rejected call has no effects");
        }
    }

    static <T> Outcome<T> ok(T value, Effect... effects) {
        return new Outcome<>(Result.ok(value), List.of(effects));
    }

    static <T> Outcome<T> rejected(ChatError error) {
        return new Outcome<>(Result.rejected(error), List.of());
    }

    /** Applies the effects in order and returns the result. */
    Result<T> applyTo(ChatEventSink sink) {
        for (Effect effect : effects) {
            effect.applyTo(sink);
        }
        return result;
    }
}
