package dev.chat.server.internal.chat;

import dev.chat.core.ChatEvent;
import dev.chat.core.ConnectionId;
import dev.chat.core.port.Audience;
import dev.chat.core.port.ChatEventSink;
import dev.chat.core.port.ConversationAudience;
import dev.chat.core.port.UserAudience;
import dev.chat.server.socketio.BroadcastOperator;
import dev.chat.server.socketio.Namespace;
import java.util.Optional;
import java.util.Set;

/**
 * chat-core's {@link ChatEventSink} on Socket.IO rooms: {@code UserAudience(u)} is room
 * {@code user:<id>}, {@code ConversationAudience(c)} is room {@code conversation:<id>}, and a
 * connection is a socket of the chat namespace. An event is encoded once and sent as one broadcast
 * to the union of its rooms, except the given connection (the host delivers it once per socket).
 */
public final class RoomChatEventSink implements ChatEventSink {

    private final Namespace namespace;

    /**
     * A sink broadcasting on this namespace.
     *
     * @param namespace the chat namespace
     */
    public RoomChatEventSink(Namespace namespace) {
        this.namespace = namespace;
    }

    /** The room of an audience. */
    static String room(Audience audience) {
        if (audience instanceof UserAudience user) {
            return "user:" + user.user().value();
        }
        return "conversation:" + ((ConversationAudience) audience).conversationId();
    }

    @Override
    public void subscribe(ConnectionId connection, Audience audience) {
        // A connection is the namespace's socket of that id; one that is gone subscribes to nothing.
        namespace.socket(connection.value()).ifPresent(socket -> socket.join(room(audience)));
    }

    @Override
    public void unsubscribe(ConnectionId connection, Audience audience) {
        namespace.socket(connection.value()).ifPresent(socket -> socket.leave(room(audience)));
    }

    @Override
    public void emit(ChatEvent event, Set<Audience> to, Optional<ConnectionId> except) {
        if (to.isEmpty()) {
            return;
        }
        BroadcastOperator operator = namespace;
        for (Audience audience : to) {
            operator = operator.to(room(audience));
        }
        if (except.isPresent()) {
            // Every socket is in the room named by its own id, as in Socket.IO.
            operator = operator.except(except.get().value());
        }
        ChatWireEncoder.emit(event, operator);
    }
}
