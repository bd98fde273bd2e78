package dev.chat.client.internal;

import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.protocol.socketio.SocketPacket;

/**
 * The client's use of chat-protocol in one place: WebSocket text frames to Engine.IO packets, and
 * Socket.IO / Engine.IO packets to the text frames the client sends. The client sends no binary.
 */
final class ClientCodec {
    private final EngineCodec engine;
    private final SocketEncoder socketEncoder;

    ClientCodec(ProtocolLimits limits) {
        this.engine = EngineCodec.create(limits);
        this.socketEncoder = SocketEncoder.create();
    }

    DecodeResult<EnginePacket> decodeText(String frame) {
        return engine.decodeText(frame);
    }

    String encode(EnginePacket packet) {
        return engine.encodeText(packet);
    }

    /** A Socket.IO packet as one Engine.IO message frame ({@code 4} + the Socket.IO text). */
    String encode(SocketPacket packet) {
        EncodedPacket encoded = socketEncoder.encode(packet);
        if (!encoded.attachments().isEmpty()) {
            throw new IllegalArgumentException("The chat client sends no binary attachments.");
        }
        return EngineCodec.messageFrame(encoded.text());
    }
}
