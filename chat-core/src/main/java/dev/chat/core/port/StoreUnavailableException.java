package dev.chat.core.port;

/**
 * Thrown by a store when it cannot serve a call for a transient reason (connection refused, pool
 * exhausted, timeout). The service turns it into {@link dev.chat.core.ChatErrorCode#STORE_UNAVAILABLE}.
 * A store throwing it must not have applied the call.
 */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was unavailable
     * @param cause the underlying failure, may be null
     */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message what was unavailable
     */
    public StoreUnavailableException(String message) {
        super(message);
    }
}
