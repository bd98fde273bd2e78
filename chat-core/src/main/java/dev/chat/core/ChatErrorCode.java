package dev.chat.core;

/**
 * Stable codes for rejected calls. The names are part of the API: hosts may put them on the wire,
 * and they never change meaning.
 */
public enum ChatErrorCode {
    /** A value in the call is missing, malformed or out of range. */
    INVALID_ARGUMENT,
    /** No conversation has the given id. */
    CONVERSATION_NOT_FOUND,
    /** The caller does not take part in (and may not see) the conversation. */
    NOT_PARTICIPANT,
    /** The {@link dev.chat.core.port.ConversationPolicy policy} does not let the caller open this conversation. */
    FORBIDDEN,
    /** The message content is missing or only whitespace. */
    EMPTY_CONTENT,
    /** The message content is longer than {@link ChatConfig#maxContentLength()}. */
    CONTENT_TOO_LONG,
    /** The given receiver is not the other participant of the conversation. */
    INVALID_RECEIVER,
    /** The client message id was already used by this sender for a different message. */
    CLIENT_MESSAGE_ID_CONFLICT,
    /** The store is temporarily unavailable; the call may be retried. */
    STORE_UNAVAILABLE,
    /** An unexpected failure; nothing was emitted. */
    INTERNAL
}
