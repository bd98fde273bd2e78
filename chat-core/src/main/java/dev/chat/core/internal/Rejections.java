package dev.chat.core.internal;

import static dev.chat.core.ChatErrorCode.CLIENT_MESSAGE_ID_CONFLICT;
import static dev.chat.core.ChatErrorCode.CONTENT_TOO_LONG;
import static dev.chat.core.ChatErrorCode.CONVERSATION_NOT_FOUND;
import static dev.chat.core.ChatErrorCode.EMPTY_CONTENT;
import static dev.chat.core.ChatErrorCode.FORBIDDEN;
import static dev.chat.core.ChatErrorCode.INTERNAL;
import static dev.chat.core.ChatErrorCode.INVALID_ARGUMENT;
import static dev.chat.core.ChatErrorCode.INVALID_RECEIVER;
import static dev.chat.core.ChatErrorCode.NOT_PARTICIPANT;
import static dev.chat.core.ChatErrorCode.STORE_UNAVAILABLE;

import dev.chat.core.ChatError;

/** Every rejection the service gives, with its exact sentence, in one place. */
final class Rejections {

    static final ChatError CONVERSATION_MISSING =
            new ChatError(CONVERSATION_NOT_FOUND, "Conversation not found.");
    static final ChatError NOT_A_PARTICIPANT =
            new ChatError(NOT_PARTICIPANT, "You are not a participant in this conversation.");
    static final ChatError OPEN_FORBIDDEN =
            new ChatError(FORBIDDEN, "You may not open a conversation with this user.");
    static final ChatError SAME_USER =
            new ChatError(INVALID_ARGUMENT, "A conversation needs two different users.");
    static final ChatError CONTENT_EMPTY =
            new ChatError(EMPTY_CONTENT, "Message content must not be empty.");
    static final ChatError WRONG_RECEIVER =
            new ChatError(INVALID_RECEIVER, "The receiver is not the other participant of this conversation.");
    static final ChatError CLIENT_ID_REUSED =
            new ChatError(CLIENT_MESSAGE_ID_CONFLICT, "This client message id was already used for a different message.");
    static final ChatError BAD_BEFORE =
            new ChatError(INVALID_ARGUMENT, "before must be a positive message id.");
    static final ChatError BAD_NOTIFICATION_BEFORE =
            new ChatError(INVALID_ARGUMENT, "before must be a positive notification id.");
    static final ChatError STORE_DOWN =
            new ChatError(STORE_UNAVAILABLE, "The chat store is unavailable; try again later.");
    static final ChatError INTERNAL_ERROR =
            new ChatError(INTERNAL, "An internal error occurred.");

    private Rejections() {
    }

    static ChatError contentTooLong(int max) {
        return new ChatError(CONTENT_TOO_LONG, "Message content must be at most " + max + " characters.");
    }

    static ChatError badLimit(int max) {
        return new ChatError(INVALID_ARGUMENT, "limit must be between 1 and " + max + ".");
    }

    static ChatError badClientMessageId(int max) {
        return new ChatError(INVALID_ARGUMENT, "clientMessageId must be between 1 and " + max + " characters.");
    }

    static ChatError blankField(String field) {
        return new ChatError(INVALID_ARGUMENT, "Notification " + field + " must not be empty.");
    }

    static ChatError longField(String field, int max) {
        return new ChatError(INVALID_ARGUMENT, "Notification " + field + " must be at most " + max + " characters.");
    }
}
