package dev.chat.client;

import java.util.Objects;

/**
 * The server's {@code error} event, sent when a command failed (also reported to the command's future
 * when it was sent with an acknowledgement, which every command of this client is).
 *
 * @param code    the server's stable error code such as {@code NOT_PARTICIPANT}, or {@code "UNKNOWN"}
 *                when the server sent none
 * @param message the server's sentence, such as {@code "Failed to send message"}
 */
public record ServerError(String code, String message) implements ChatEvent {
    /** Checks that the fields are present. */
    public ServerError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
