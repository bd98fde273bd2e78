package dev.chat.server.internal.chat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.core.Caller;
import dev.chat.core.ChatService;
import dev.chat.core.ConnectionId;
import dev.chat.core.Message;
import dev.chat.core.Result;
import dev.chat.core.UserId;
import dev.chat.server.socketio.Acknowledger;
import dev.chat.server.socketio.Namespace;
import dev.chat.server.socketio.SocketIoSocket;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's client events on one authenticated socket, mapped to {@link ChatService} calls.
 *
 * <p>Every event answers its ack callback when the client passed one: {@code {"ok": true}}
 * ({@code send_message}: {@code {"ok": true, "message": {...}}}), or {@code {"ok": false, "error":
 * {"code", "message"}}}. A failure also emits {@code error} {@code {"message", "code"}} to the
 * socket, before the ack. Wrong payload shapes are code {@code INVALID_PAYLOAD}; refusals carry
 * chat-core's code in lower case; nothing a client sends can throw out of a handler.
 */
final class ChatSocketHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocketHandlers.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ChatService service;
    private final TypingExpiryScheduler typing;
    private final boolean asyncSend;

    /**
     * @param asyncSend answer {@code send_message} when the store has the message, through
     *     {@link ChatService#sendAsync}, instead of waiting for it on the handler's thread: for a
     *     store that commits in the background, so that sends in flight are not bounded by threads
     */
    ChatSocketHandlers(ChatService service, TypingExpiryScheduler typing, boolean asyncSend) {
        this.service = service;
        this.typing = typing;
        this.asyncSend = asyncSend;
    }

    /**
     * Registers the event handlers and the disconnect listener once for the whole namespace: they
     * find the socket's caller from the socket, so a connection keeps no closures of its own.
     */
    void register(Namespace namespace) {
        namespace.on("join_conversation", (s, args, ack) -> handle(s, "join_conversation", ack,
                ChatPayloadDecoder.join(args), (caller, id) -> service.join(caller, id), c -> ok()));
        namespace.on("leave_conversation", (s, args, ack) -> handle(s, "leave_conversation", ack,
                ChatPayloadDecoder.leave(args), (caller, id) -> service.leave(caller, id), c -> ok()));
        if (asyncSend) {
            namespace.on("send_message", (s, args, ack) -> handleAsync(s, "send_message", ack,
                    ChatPayloadDecoder.send(args), (caller, command) -> service.sendAsync(caller, command),
                    ChatSocketHandlers::sent));
        } else {
            namespace.on("send_message", (s, args, ack) -> handle(s, "send_message", ack,
                    ChatPayloadDecoder.send(args), (caller, command) -> service.send(caller, command),
                    ChatSocketHandlers::sent));
        }
        namespace.on("mark_read", (s, args, ack) -> handle(s, "mark_read", ack,
                ChatPayloadDecoder.markRead(args), (caller, id) -> service.markRead(caller, id), r -> ok()));
        namespace.on("typing_start", (s, args, ack) -> handle(s, "typing_start", ack,
                ChatPayloadDecoder.typingStart(args), (caller, t) -> {
                    Result<?> result = service.typingStart(caller, t.conversationId(), t.toUserId());
                    typing.poke();
                    return result;
                }, c -> ok()));
        namespace.on("typing_stop", (s, args, ack) -> handle(s, "typing_stop", ack,
                ChatPayloadDecoder.typingStop(args),
                (caller, t) -> service.typingStop(caller, t.conversationId(), t.toUserId()), c -> ok()));
        namespace.onDisconnect(this::onDisconnect);
    }

    /** Connects one newly accepted socket: joins its user's audience. */
    void onConnection(SocketIoSocket socket) {
        Caller caller = caller(socket);
        try {
            service.connected(caller);
        } catch (RuntimeException e) {
            LOG.error("Connecting socket {} of user {} failed", socket.id(), caller.user(), e);
            // Not connected as far as the chat is concerned: its events and its disconnect are ignored.
            socket.data().remove(ChatAuthMiddleware.USER_KEY);
            socket.emit("error", ChatWireEncoder.error("INTERNAL", ChatAuthMiddleware.INTERNAL_MESSAGE));
            socket.disconnect();
            return;
        }
        LOG.debug("User {} connected as socket {}", caller.user(), socket.id());
    }

    private void onDisconnect(SocketIoSocket socket, String reason) {
        Caller caller = caller(socket);
        if (caller == null) {
            return;
        }
        LOG.debug("User {} disconnected socket {}: {}", caller.user(), socket.id(), reason);
        try {
            service.disconnected(caller);
        } catch (RuntimeException e) {
            LOG.error("Disconnect of socket {} failed", socket.id(), e);
        }
    }

    /** The caller a socket acts as, or null if the chat did not connect it. */
    private static Caller caller(SocketIoSocket socket) {
        Object user = socket.data().get(ChatAuthMiddleware.USER_KEY);
        return user == null ? null : Caller.of(UserId.of((String) user), ConnectionId.of(socket.id()));
    }

    private <P, R> void handle(SocketIoSocket socket, String event, Optional<Acknowledger> ack,
            PayloadResult<P> payload, BiFunction<Caller, P, Result<R>> call, Function<R, ObjectNode> reply) {
        Caller caller = caller(socket);
        // A socket the chat did not connect (caller null) has no handlers.
        if (caller == null || !isValid(socket, event, ack, payload)) {
            return;
        }
        Result<R> result;
        try {
            result = call.apply(caller, ((PayloadResult.Ok<P>) payload).value());
        } catch (RuntimeException e) {
            failed(socket, event, ack, e);
            return;
        }
        answer(socket, event, ack, result, reply);
    }

    /** {@link #handle} for a call whose result comes later, possibly on another thread. */
    private <P, R> void handleAsync(SocketIoSocket socket, String event, Optional<Acknowledger> ack,
            PayloadResult<P> payload, BiFunction<Caller, P, CompletionStage<Result<R>>> call,
            Function<R, ObjectNode> reply) {
        Caller caller = caller(socket);
        if (caller == null || !isValid(socket, event, ack, payload)) {
            return;
        }
        CompletionStage<Result<R>> result;
        try {
            result = call.apply(caller, ((PayloadResult.Ok<P>) payload).value());
        } catch (RuntimeException e) {
            failed(socket, event, ack, e);
            return;
        }
        result.whenComplete((r, failure) -> {
            try {
                if (failure != null) {
                    failed(socket, event, ack, failure);
                } else {
                    answer(socket, event, ack, r, reply);
                }
            } catch (RuntimeException e) {
                LOG.error("Answering {} from socket {} failed", event, socket.id(), e);
            }
        });
    }

    private static <P> boolean isValid(SocketIoSocket socket, String event, Optional<Acknowledger> ack,
            PayloadResult<P> payload) {
        if (payload instanceof PayloadResult.Invalid<P> invalid) {
            LOG.debug("Socket {} sent a bad {} payload", socket.id(), event);
            fail(socket, ack, PayloadResult.INVALID_PAYLOAD, invalid.message());
            return false;
        }
        return true;
    }

    private static <R> void answer(SocketIoSocket socket, String event, Optional<Acknowledger> ack, Result<R> result,
            Function<R, ObjectNode> reply) {
        if (result instanceof Result.Ok<R> ok) {
            ack.ifPresent(a -> a.ack(reply.apply(ok.value())));
        } else {
            var error = ((Result.Rejected<R>) result).error();
            LOG.debug("Socket {}: {} refused: {}", socket.id(), event, error.code());
            fail(socket, ack, ChatWireEncoder.code(error), error.message());
        }
    }

    private static void failed(SocketIoSocket socket, String event, Optional<Acknowledger> ack, Throwable e) {
        LOG.error("Handling {} from socket {} failed", event, socket.id(), e);
        fail(socket, ack, "INTERNAL", ChatAuthMiddleware.INTERNAL_MESSAGE);
    }

    private static ObjectNode sent(Message message) {
        return ok().set("message", ChatWireEncoder.rawMessage(message));
    }

    private static void fail(SocketIoSocket socket, Optional<Acknowledger> ack, String code, String message) {
        socket.emit("error", ChatWireEncoder.error(code, message));
        ack.ifPresent(a -> {
            ObjectNode error = JSON.objectNode().put("code", code).put("message", message);
            a.ack(JSON.objectNode().put("ok", false).set("error", error));
        });
    }

    private static ObjectNode ok() {
        return JSON.objectNode().put("ok", true);
    }
}
