package dev.chat.server.internal.chat;

/** A client payload read into a value, or the sentence saying what shape was expected. */
sealed interface PayloadResult<T> {

    /** The payload had the expected shape. */
    record Ok<T>(T value) implements PayloadResult<T> {}

    /** The payload had the wrong shape; {@code message} is sent to the client with code {@code invalid_payload}. */
    record Invalid<T>(String message) implements PayloadResult<T> {}

    /** The wire code of every {@link Invalid} payload. */
    String INVALID_PAYLOAD = "INVALID_PAYLOAD";
}
