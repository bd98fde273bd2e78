package dev.chat.server.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.server.socketio.BroadcastOperator;
import dev.chat.server.socketio.BroadcastOptions;
import dev.chat.server.socketio.BroadcastPacket;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/** An immutable broadcast target in one namespace. */
final class BroadcastOperatorImpl implements BroadcastOperator {

    private final NamespaceImpl namespace;
    private final BroadcastOptions options;

    BroadcastOperatorImpl(NamespaceImpl namespace, BroadcastOptions options) {
        this.namespace = namespace;
        this.options = options;
    }

    @Override
    public BroadcastOperator to(String room) {
        return new BroadcastOperatorImpl(namespace, new BroadcastOptions(plus(options.rooms(), room), options.except()));
    }

    @Override
    public BroadcastOperator except(String room) {
        return new BroadcastOperatorImpl(namespace, new BroadcastOptions(options.rooms(), plus(options.except(), room)));
    }

    @Override
    public void emit(String event, JsonNode... args) {
        EncodedPacket encoded = namespace.encoder().encodeFrame(
                new SocketPacket.Event(namespace.name(), event, List.of(args), OptionalLong.empty()));
        broadcast(BroadcastPacket.of(encoded.text(), encoded.attachments()));
    }

    @Override
    public void emitJson(String event, int jsonLength, Consumer<StringBuilder> json) {
        broadcast(BroadcastPacket.of(namespace.encoder().encodeEventFrame(namespace.name(), event, jsonLength, json),
                List.of()));
    }

    private void broadcast(BroadcastPacket packet) {
        SharedFrame.during(packet, () -> namespace.adapter().broadcast(packet, options));
    }

    /** An immutable set plus one value (BroadcastOptions keeps immutable sets as they are, without a copy). */
    private static Set<String> plus(Set<String> set, String value) {
        if (set.isEmpty()) {
            return Set.of(value);
        }
        if (set.contains(value)) {
            return set;
        }
        String[] values = set.toArray(new String[set.size() + 1]);
        values[values.length - 1] = value;
        return Set.of(values);
    }
}
