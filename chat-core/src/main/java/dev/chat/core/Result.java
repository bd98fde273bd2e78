package dev.chat.core;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of a {@link ChatService} call: {@link Ok} with a value, or {@link Rejected} with the
 * error. A rejected call stored nothing and emitted nothing.
 *
 * @param <T> the value type
 */
public sealed interface Result<T> {

    /**
     * The call succeeded.
     *
     * @param value the value, never null
     * @param <T> the value type
     */
    record Ok<T>(T value) implements Result<T> {
        /**
         * Validates the value.
         *
         * @param value the value, never null
         */
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The call was rejected.
     *
     * @param error why
     * @param <T> the value type the call would have returned
     */
    record Rejected<T>(ChatError error) implements Result<T> {
        /**
         * Validates the error.
         *
         * @param error why
         */
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Returns a successful result.
     *
     * @param value the value
     * @param <T> the value type
     * @return {@code Ok(value)}
     */
    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    /**
     * Returns a rejected result.
     *
     * @param code the stable code
     * @param message the exact sentence
     * @param <T> the value type
     * @return {@code Rejected(ChatError(code, message))}
     */
    static <T> Result<T> rejected(ChatErrorCode code, String message) {
        return new Rejected<>(new ChatError(code, message));
    }

    /**
     * Returns a rejected result.
     *
     * @param error why
     * @param <T> the value type
     * @return {@code Rejected(error)}
     */
    static <T> Result<T> rejected(ChatError error) {
        return new Rejected<>(error);
    }

    /**
     * Whether the call succeeded.
     *
     * @return true for {@link Ok}
     */
    default boolean isOk() {
        return this instanceof Ok;
    }

    /**
     * Returns the value of a successful call.
     *
     * @return the value
     * @throws NoSuchElementException if the call was rejected (the message names the code)
     */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        ChatError error = ((Rejected<T>) this).error();
        throw new NoSuchElementException("rejected: " + error.code() + ": " + error.message());
    }

    /**
     * Returns the error of a rejected call.
     *
     * @return the error, or empty for {@link Ok}
     */
    default Optional<ChatError> rejection() {
        return this instanceof Rejected<T> rejected ? Optional.of(rejected.error()) : Optional.empty();
    }

    /**
     * Transforms the value of a successful call.
     *
     * @param mapper applied to the value of {@link Ok}
     * @param <U> the new value type
     * @return {@code Ok(mapper(value))}, or the same rejection
     */
    default <U> Result<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return new Rejected<>(((Rejected<T>) this).error());
    }
}
