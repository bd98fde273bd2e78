package dev.chat.client;

import java.util.Objects;

/**
 * Why a command's future or {@link ChatClient#connect()} failed: a stable {@link #code()} and a sentence.
 *
 * <p>Codes from the server are passed through as the server sent them ({@code NOT_PARTICIPANT},
 * {@code EMPTY_CONTENT}, ...). The client's own codes are the constants of this class.
 */
public final class ChatClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The command was issued while the client was not {@link ConnectionState#CONNECTED}. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";
    /** The server did not acknowledge the command within the configured ack timeout. */
    public static final String ACK_TIMEOUT = "ACK_TIMEOUT";
    /** The connection was lost before the server acknowledged the command. */
    public static final String DISCONNECTED = "DISCONNECTED";
    /** The client was closed by the application. */
    public static final String CLOSED = "CLOSED";
    /** The server refused the connection (CONNECT_ERROR), for example for a bad or expired token. */
    public static final String CONNECT_REJECTED = "CONNECT_REJECTED";
    /** The server answered with something this client cannot understand. */
    public static final String PROTOCOL_ERROR = "PROTOCOL_ERROR";

    private final String code;

    /**
     * @param code    a stable code
     * @param message a human sentence
     */
    public ChatClientException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code: the server's, or one of this class's constants. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return "ChatClientException[" + code + "]: " + getMessage();
    }
}
