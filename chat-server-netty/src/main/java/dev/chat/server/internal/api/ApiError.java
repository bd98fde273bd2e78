package dev.chat.server.internal.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.core.ChatError;
import dev.chat.server.http.HttpResponse;
import dev.chat.server.internal.chat.ChatWireEncoder;

/**
 * An HTTP API failure: a status, a stable code and a sentence, answered as
 * {@code {"error": {"code": ..., "message": ...}}}.
 */
record ApiError(int status, String code, String message) {

    static final ApiError NOT_FOUND = new ApiError(404, "NOT_FOUND", "No such API endpoint");
    static final ApiError METHOD_NOT_ALLOWED =
            new ApiError(405, "METHOD_NOT_ALLOWED", "This endpoint does not support that method");
    static final ApiError INVALID_JSON = new ApiError(400, "INVALID_JSON", "The request body is not valid JSON");
    static final ApiError ADMIN_ONLY = new ApiError(403, "FORBIDDEN", "This endpoint requires the admin token");
    static final ApiError PARTICIPANTS_ADMIN_ONLY = new ApiError(403, "FORBIDDEN",
            "Only the admin token may create a conversation with \"participants\"; use {\"withUserId\": id}");
    static final ApiError INTERNAL = new ApiError(500, "INTERNAL", "Internal server error");

    static ApiError invalidPayload(String message) {
        return new ApiError(400, "INVALID_PAYLOAD", message);
    }

    static ApiError invalidArgument(String message) {
        return new ApiError(400, "INVALID_ARGUMENT", message);
    }

    /** The HTTP status of a chat-core refusal. */
    static ApiError of(ChatError error) {
        int status = switch (error.code()) {
            case INVALID_ARGUMENT, EMPTY_CONTENT, CONTENT_TOO_LONG, INVALID_RECEIVER -> 400;
            case FORBIDDEN, NOT_PARTICIPANT -> 403;
            case CONVERSATION_NOT_FOUND -> 404;
            case CLIENT_MESSAGE_ID_CONFLICT -> 409;
            case STORE_UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
        return new ApiError(status, ChatWireEncoder.code(error), error.message());
    }

    HttpResponse response() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("error").put("code", code).put("message", message);
        return HttpResponse.json(status, body.toString());
    }
}
