package dev.chat.server.internal.engine;

import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The packets of a polling session waiting for the next GET (or for the WebSocket, after an upgrade):
 * encoded text packets as {@code String}, binary messages as {@code byte[]}. Counts its bytes so
 * that the session can enforce its outbound limit. Confined to the session's event loop.
 */
final class PollingQueue {

    private final ArrayDeque<Object> packets = new ArrayDeque<>();
    private final EngineCodec codec;
    private long bytes;

    PollingQueue(EngineCodec codec) {
        this.codec = codec;
    }

    /** Adds a packet; returns the queued bytes afterwards. */
    long add(Object packet) {
        packets.add(packet);
        bytes += packet instanceof String s ? s.length() : ((byte[]) packet).length;
        return bytes;
    }

    boolean isEmpty() {
        return packets.isEmpty();
    }

    /**
     * Drains the queue as one long-polling payload.
     *
     * @param last a packet to append after the queued ones, or null
     * @return the payload, empty if the queue was empty and {@code last} is null
     */
    String drainPayload(String last) {
        StringBuilder payload = new StringBuilder((int) Math.min(bytes + packets.size() + 2, 1 << 20));
        Object packet;
        while ((packet = packets.poll()) != null) {
            appendSeparated(payload, packet instanceof String s ? s : binaryForPolling((byte[]) packet));
        }
        if (last != null) {
            appendSeparated(payload, last);
        }
        bytes = 0;
        return payload.toString();
    }

    /** Hands every queued packet, in order, to the sink, emptying the queue. */
    void drainTo(Consumer<Object> sink) {
        Object packet;
        while ((packet = packets.poll()) != null) {
            sink.accept(packet);
        }
        bytes = 0;
    }

    void clear() {
        packets.clear();
        bytes = 0;
    }

    private static void appendSeparated(StringBuilder payload, String packet) {
        if (payload.length() > 0) {
            payload.append(EngineCodec.RECORD_SEPARATOR);
        }
        payload.append(packet);
    }

    private String binaryForPolling(byte[] data) {
        return codec.encodePayload(List.of(new EnginePacket.BinaryMessage(data)));
    }
}
