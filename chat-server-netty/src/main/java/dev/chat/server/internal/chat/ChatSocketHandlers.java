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
import dev.chat.server.socketio.SocketIoSocket;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
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
    private final RoomChatEventSink sink;
    private final TypingExpiryScheduler typing;
    private final boolean asyncSend;

    /**
     * @param asyncSend answer {@code send_message} when the store has the message, through
     *     {@link ChatService#sendAsync}, instead of waiting for it on the handler's thread: for a
     *     store that commits in the background, so that sends in flight are not bounded by threads
     */
    ChatSocketHandlers(ChatService service, RoomChatEventSink sink, TypingExpiryScheduler typing, boolean asyncSend) {
        this.service = service;
        this.sink = sink;
        this.typing = typing;
        this.asyncSend = asyncSend;
    }

    /** Wires one newly connected socket: user audience, event handlers, disconnect. */
    void onConnection(SocketIoSocket socket) {
        UserId user = UserId.of((String) socket.data().get(ChatAuthMiddleware.USER_KEY));
        Caller caller = Caller.of(user, ConnectionId.of(socket.id()));
        sink.register(caller.connection(), socket);
        try {
            service.connected(caller);
        } catch (RuntimeException e) {
            LOG.error("Connecting socket {} of user {} failed", socket.id(), user, e);
            sink.unregister(caller.connection());
            socket.emit("error", ChatWireEncoder.error("INTERNAL", ChatAuthMiddleware.INTERNAL_MESSAGE));
            socket.disconnect();
            return;
        }
        LOG.debug("User {} connected as socket {}", user, socket.id());

        socket.on("join_conversation", (s, args, ack) -> handle(s, "join_conversation", ack,
                ChatPayloadDecoder.join(args), id -> service.join(caller, id), c -> ok()));
        socket.on("leave_conversation", (s, args, ack) -> handle(s, "leave_conversation", ack,
                ChatPayloadDecoder.leave(args), id -> service.leave(caller, id), c -> ok()));
        if (asyncSend) {
            socket.on("send_message", (s, args, ack) -> handleAsync(s, "send_message", ack,
                    ChatPayloadDecoder.send(args), command -> service.sendAsync(caller, command), ChatSocketHandlers::sent));
        } else {
            socket.on("send_message", (s, args, ack) -> handle(s, "send_message", ack,
                    ChatPayloadDecoder.send(args), command -> service.send(caller, command), ChatSocketHandlers::sent));
        }
        socket.on("mark_read", (s, args, ack) -> handle(s, "mark_read", ack,
                ChatPayloadDecoder.markRead(args), id -> service.markRead(caller, id), r -> ok()));
        socket.on("typing_start", (s, args, ack) -> handle(s, "typing_start", ack,
                ChatPayloadDecoder.typingStart(args), t -> {
                    Result<?> result = service.typingStart(caller, t.conversationId(), t.toUserId());
                    typing.poke();
                    return result;
                }, c -> ok()));
        socket.on("typing_stop", (s, args, ack) -> handle(s, "typing_stop", ack,
                ChatPayloadDecoder.typingStop(args), t -> service.typingStop(caller, t.conversationId(), t.toUserId()),
                c -> ok()));
        socket.onDisconnect(reason -> {
            LOG.debug("User {} disconnected socket {}: {}", user, socket.id(), reason);
            try {
                service.disconnected(caller);
            } catch (RuntimeException e) {
                LOG.error("Disconnect of socket {} failed", socket.id(), e);
            } finally {
                sink.unregister(caller.connection());
            }
        });
    }

    private <P, R> void handle(SocketIoSocket socket, String event, Optional<Acknowledger> ack,
            PayloadResult<P> payload, Function<P, Result<R>> call, Function<R, ObjectNode> reply) {
        if (!isValid(socket, event, ack, payload)) {
            return;
        }
        Result<R> result;
        try {
            result = call.apply(((PayloadResult.Ok<P>) payload).value());
        } catch (RuntimeException e) {
            failed(socket, event, ack, e);
            return;
        }
        answer(socket, event, ack, result, reply);
    }

    /** {@link #handle} for a call whose result comes later, possibly on another thread. */
    private <P, R> void handleAsync(SocketIoSocket socket, String event, Optional<Acknowledger> ack,
            PayloadResult<P> payload, Function<P, CompletionStage<Result<R>>> call, Function<R, ObjectNode> reply) {
        if (!isValid(socket, event, ack, payload)) {
            return;
        }
        CompletionStage<Result<R>> result;
        try {
            result = call.apply(((PayloadResult.Ok<P>) payload).value());
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
