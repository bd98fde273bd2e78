package dev.chat.server.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.core.ChatService;
import dev.chat.core.HistoryQuery;
import dev.chat.core.NotificationQuery;
import dev.chat.core.OpenedConversation;
import dev.chat.core.PublishNotification;
import dev.chat.core.Result;
import dev.chat.core.UserId;
import dev.chat.server.auth.TokenVerifier;
import dev.chat.server.http.HttpEndpoint;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import dev.chat.server.internal.chat.ChatWireEncoder;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat's HTTP API under {@code /api/}, JSON in and out, on the host's blocking executor:
 * conversations (open, list, history) and notifications (publish, list). Every failure is a 4xx/5xx
 * with {@code {"error": {"code", "message"}}}; see {@link ApiError}.
 */
public final class ChatApiEndpoint implements HttpEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(ChatApiEndpoint.class);
    private static final Pattern MESSAGES = Pattern.compile("/api/conversations/([^/]+)/messages/?");
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,17}");

    private final ChatService service;
    private final TokenVerifier verifier;
    private final byte[] adminTokenDigest;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * The API over a chat service.
     *
     * @param service the chat
     * @param verifier user token verifier
     * @param adminToken the admin bearer token, or {@code null} to refuse admin calls
     */
    public ChatApiEndpoint(ChatService service, TokenVerifier verifier, String adminToken) {
        this.service = service;
        this.verifier = verifier;
        this.adminTokenDigest = adminToken == null ? null : ApiCaller.sha256(adminToken);
    }

    @Override
    public CompletionStage<HttpResponse> handle(HttpRequest request) {
        HttpResponse response;
        try {
            response = route(request);
        } catch (ApiFailure failure) {
            response = failure.error.response();
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.method(), request.path(), e);
            response = ApiError.INTERNAL.response();
        }
        return CompletableFuture.completedFuture(response);
    }

    private HttpResponse route(HttpRequest request) {
        String path = request.path();
        String method = request.method();
        if (path.equals("/api/conversations") || path.equals("/api/conversations/")) {
            return switch (method) {
                case "POST" -> openConversation(request);
                case "GET" -> listConversations(request);
                default -> throw new ApiFailure(ApiError.METHOD_NOT_ALLOWED);
            };
        }
        Matcher messages = MESSAGES.matcher(path);
        if (messages.matches()) {
            if (!POSITIVE.matcher(messages.group(1)).matches()) {
                throw new ApiFailure(ApiError.NOT_FOUND);
            }
            requireMethod(method, "GET");
            return history(request, Long.parseLong(messages.group(1)));
        }
        if (path.equals("/api/notifications") || path.equals("/api/notifications/")) {
            return switch (method) {
                case "POST" -> publishNotification(request);
                case "GET" -> listNotifications(request);
                default -> throw new ApiFailure(ApiError.METHOD_NOT_ALLOWED);
            };
        }
        throw new ApiFailure(ApiError.NOT_FOUND);
    }

    private HttpResponse openConversation(HttpRequest request) {
        ApiCaller caller = authenticate(request);
        JsonNode body = body(request);
        UserId opener;
        UserId other;
        if (caller instanceof ApiCaller.Admin) {
            JsonNode participants = body.get("participants");
            if (participants == null || !participants.isArray() || participants.size() != 2) {
                throw new ApiFailure(ApiError.invalidPayload(
                        "The admin token creates conversations with {\"participants\": [userId, userId]}"));
            }
            opener = userId(participants.get(0), "participants");
            other = userId(participants.get(1), "participants");
        } else {
            opener = ((ApiCaller.User) caller).id();
            if (body.has("participants")) {
                throw new ApiFailure(ApiError.PARTICIPANTS_ADMIN_ONLY);
            }
            JsonNode with = body.get("withUserId");
            if (with == null) {
                throw new ApiFailure(ApiError.invalidPayload("Expected {\"withUserId\": userId}"));
            }
            other = userId(with, "withUserId");
        }
        // The store's atomic open-or-get says who created it: 201 to that one caller, 200 to the rest.
        OpenedConversation opened = ok(service.openOrGetConversation(opener, other));
        return json(opened.created() ? 201 : 200, ChatWireEncoder.conversation(opened.conversation()));
    }

    private HttpResponse listConversations(HttpRequest request) {
        UserId user = user(request);
        return json(200, ChatWireEncoder.array(ok(service.conversations(user)), ChatWireEncoder::summary));
    }

    private HttpResponse history(HttpRequest request, long conversationId) {
        UserId user = user(request);
        HistoryQuery query = new HistoryQuery(conversationId,
                positiveLong(request, "before"), limit(request));
        return json(200, ChatWireEncoder.array(ok(service.history(user, query)), ChatWireEncoder::message));
    }

    private HttpResponse publishNotification(HttpRequest request) {
        ApiCaller caller = authenticate(request);
        if (!(caller instanceof ApiCaller.Admin)) {
            throw new ApiFailure(ApiError.ADMIN_ONLY);
        }
        JsonNode body = body(request);
        String shape = "Expected {\"user_id\": id, \"title\": string, \"message\": string, \"type\": string}";
        JsonNode title = body.get("title");
        JsonNode message = body.get("message");
        JsonNode type = body.get("type");
        if (!body.has("user_id") || title == null || !title.isTextual() || message == null || !message.isTextual()
                || type == null || !type.isTextual()) {
            throw new ApiFailure(ApiError.invalidPayload(shape));
        }
        UserId user = userId(body.get("user_id"), "user_id");
        var notification = ok(service.publishNotification(
                new PublishNotification(user, title.asText(), message.asText(), type.asText())));
        return json(201, ChatWireEncoder.notification(notification));
    }

    private HttpResponse listNotifications(HttpRequest request) {
        UserId user = user(request);
        NotificationQuery query = new NotificationQuery(positiveLong(request, "before"), limit(request));
        return json(200, ChatWireEncoder.array(ok(service.notifications(user, query)), ChatWireEncoder::notification));
    }

    private ApiCaller authenticate(HttpRequest request) {
        ApiCaller caller = ApiCaller.of(request, adminTokenDigest, verifier);
        if (caller instanceof ApiCaller.Anonymous anonymous) {
            throw new ApiFailure(anonymous.error());
        }
        return caller;
    }

    private UserId user(HttpRequest request) {
        ApiCaller caller = authenticate(request);
        if (caller instanceof ApiCaller.User user) {
            return user.id();
        }
        throw new ApiFailure(new ApiError(403, "FORBIDDEN", "This endpoint requires a user token"));
    }

    private JsonNode body(HttpRequest request) {
        try {
            JsonNode body = json.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw new ApiFailure(ApiError.invalidPayload("The request body must be a JSON object"));
            }
            return body;
        } catch (IOException e) {
            throw new ApiFailure(ApiError.INVALID_JSON);
        }
    }

    private static UserId userId(JsonNode node, String field) {
        Optional<UserId> id = Optional.empty();
        if (node != null && node.isIntegralNumber() && node.canConvertToLong()) {
            id = Optional.of(UserId.of(node.asLong()));
        } else if (node != null && node.isTextual()) {
            id = UserId.parse(node.asText());
        }
        return id.orElseThrow(() -> new ApiFailure(
                ApiError.invalidPayload(field + " must hold user ids (numbers or non-blank strings)")));
    }

    private static OptionalLong positiveLong(HttpRequest request, String name) {
        Optional<String> value = request.queryParam(name).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!POSITIVE.matcher(value.get()).matches()) {
            throw new ApiFailure(ApiError.invalidArgument(name + " must be a positive integer"));
        }
        return OptionalLong.of(Long.parseLong(value.get()));
    }

    private static OptionalInt limit(HttpRequest request) {
        OptionalLong limit = positiveLong(request, "limit");
        if (limit.isPresent() && limit.getAsLong() > Integer.MAX_VALUE) {
            throw new ApiFailure(ApiError.invalidArgument("limit is too large"));
        }
        return limit.isPresent() ? OptionalInt.of((int) limit.getAsLong()) : OptionalInt.empty();
    }

    private static void requireMethod(String method, String expected) {
        if (!method.equals(expected)) {
            throw new ApiFailure(ApiError.METHOD_NOT_ALLOWED);
        }
    }

    private static <T> T ok(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new ApiFailure(ApiError.of(((Result.Rejected<T>) result).error()));
    }

    private static HttpResponse json(int status, JsonNode body) {
        return HttpResponse.json(status, body.toString());
    }

    /** Unwinds a handler to its error response; never escapes {@link #handle}. */
    private static final class ApiFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ApiError error;

        ApiFailure(ApiError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }
    }
}
