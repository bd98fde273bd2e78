package dev.chat.server.internal.engine;

import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.http.HttpRequest;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The open sessions of one Engine.IO server, by sid, and the handler for new ones. Thread-safe. */
public final class EngineSessions {

    private final EngineConfig config;
    private final EngineCodec codec;
    private final Map<String, EngineSession> byId = new ConcurrentHashMap<>();
    private volatile Consumer<EngineSocket> connectionHandler = s -> { };
    /** The last request a session kept: the next one that differs only in the peer shares it. */
    private volatile HttpRequest lastRequest;
    /** The heartbeat wheel of each event loop that has had a session. */
    private final Map<EventLoop, HeartbeatWheel> wheels = new ConcurrentHashMap<>();
    private final long heartbeatTickMillis;

    public EngineSessions(EngineConfig config) {
        this.config = config;
        this.heartbeatTickMillis = HeartbeatWheel.tickMillis(config.pingInterval().toMillis(), config.pingTimeout().toMillis());
        int maxPayload = (int) Math.min(Integer.MAX_VALUE, config.maxPayload());
        // As engine.io, a polling payload is bounded by its bytes only: socket.io-client sends every
        // packet buffered during a request in the next POST, so a burst can hold thousands of them.
        this.codec = EngineCodec.create(ProtocolLimits.builder()
                .maxPayloadBytes(maxPayload)
                .maxPacketsPerPayload(maxPayload)
                .build());
    }

    public EngineConfig config() {
        return config;
    }

    /** The codec shared by every session of this server (stateless). */
    public EngineCodec codec() {
        return codec;
    }

    public void onConnection(Consumer<EngineSocket> handler) {
        this.connectionHandler = handler;
    }

    Consumer<EngineSocket> connectionHandler() {
        return connectionHandler;
    }

    /**
     * The request a new session keeps: the previous session's when the two differ only in the peer
     * (the handshakes of one client library are alike, and headers and query come shared already),
     * so that a session keeps just its peer address of its own.
     */
    HttpRequest share(HttpRequest request) {
        HttpRequest last = lastRequest;
        if (last != null && last.headers() == request.headers() && last.query() == request.query()
                && last.method().equals(request.method()) && last.path().equals(request.path())
                && last.body().length == 0 && request.body().length == 0) {
            return last;
        }
        lastRequest = request;
        return request;
    }

    /** The heartbeat wheel of {@code loop}, for this server's sessions on it. */
    HeartbeatWheel heartbeatWheel(EventLoop loop) {
        HeartbeatWheel wheel = wheels.get(loop);
        return wheel != null ? wheel : wheels.computeIfAbsent(loop, l -> new HeartbeatWheel(l, heartbeatTickMillis));
    }

    void add(EngineSession session) {
        byId.put(session.id(), session);
    }

    void remove(EngineSession session) {
        byId.remove(session.id(), session);
    }

    public Optional<EngineSession> find(String sid) {
        return Optional.ofNullable(byId.get(sid));
    }

    public int count() {
        return byId.size();
    }

    /** Closes every session with the given reason. */
    public void closeAll(String reason) {
        for (EngineSession s : List.copyOf(byId.values())) {
            s.close(reason);
        }
    }
}
