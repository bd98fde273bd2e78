package dev.chat.core;

import java.util.Objects;

/**
 * Why a call was rejected.
 *
 * @param code the stable code
 * @param message an exact human sentence, safe to show to the caller
 */
public record ChatError(ChatErrorCode code, String message) {

    /**
     * Validates the error.
     *
     * @param code the stable code
     * @param message an exact human sentence, safe to show to the caller
     */
    public ChatError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
