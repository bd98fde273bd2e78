package dev.chat.server.internal.socketio;

import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.internal.engine.EngineSession;
import dev.chat.server.socketio.BroadcastAdapter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Socket.IO layer of one server: its namespaces, and a client per Engine.IO session. */
public final class SocketIoRuntime {

    private final ConcurrentHashMap<String, NamespaceImpl> namespaces = new ConcurrentHashMap<>();
    private final BroadcastAdapter.Factory adapterFactory;
    private final Duration connectTimeout;
    private final Duration connectSettleTime;
    private final SocketEncoder encoder = SocketEncoder.create();
    private final ProtocolLimits limits;

    public SocketIoRuntime(BroadcastAdapter.Factory adapterFactory, Duration connectTimeout,
            Duration connectSettleTime, long maxPayload) {
        this.adapterFactory = adapterFactory;
        this.connectTimeout = connectTimeout;
        this.connectSettleTime = connectSettleTime;
        this.limits = ProtocolLimits.builder().maxPayloadBytes((int) Math.min(Integer.MAX_VALUE, maxPayload)).build();
    }

    /** The namespace with this name, created on first use. */
    public NamespaceImpl namespace(String name) {
        return namespaces.computeIfAbsent(name, n -> new NamespaceImpl(n, adapterFactory, encoder));
    }

    Optional<NamespaceImpl> existing(String name) {
        return Optional.ofNullable(namespaces.get(name));
    }

    Duration connectTimeout() {
        return connectTimeout;
    }

    Duration connectSettleTime() {
        return connectSettleTime;
    }

    SocketEncoder encoder() {
        return encoder;
    }

    /** Called on the new session's event loop for every Engine.IO session. */
    public void onEngineConnection(EngineSocket socket) {
        new ClientConnection(this, (EngineSession) socket, limits).start();
    }
}
