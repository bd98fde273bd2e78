package dev.chat.server.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.socketio.EncodedPacket;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.internal.engine.EngineSession;
import dev.chat.server.socketio.ConnectDecision;
import dev.chat.server.socketio.ConnectMiddleware;
import dev.chat.server.socketio.Handshake;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket.IO side of one Engine.IO session: decodes its packets, runs CONNECT through the
 * namespace's middleware, and routes events and acks to the socket of their namespace. Its state is
 * touched only confined to the session (see {@link EngineSession#execute}).
 */
final class ClientConnection implements EngineSocket.MessageListener, Consumer<String> {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SocketIoRuntime runtime;
    private final EngineSession engine;
    private final SocketDecoder decoder;
    /**
     * The connected sockets: none (null), the only one (a {@link SocketImpl}, the usual case, and
     * every connection keeps this), or several (an immutable map by namespace, replaced on change).
     * Confined, like the rest of the state.
     */
    private Object sockets;
    /** Namespaces whose CONNECT is in the middleware; created on the first CONNECT, emptied to null. */
    private Set<String> connecting;
    private ScheduledFuture<?> connectTimer;
    private boolean closed;

    /** The timeouts are the runtime's (not copied here: every connection keeps this object). */
    ClientConnection(SocketIoRuntime runtime, EngineSession engine, ProtocolLimits limits) {
        this.runtime = runtime;
        this.engine = engine;
        this.decoder = SocketDecoder.forServer(limits);
    }

    void start() {
        engine.onMessage(this);
        engine.onClose(this);
        connectTimer = engine.schedule(this::onConnectTimeout, runtime.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    EngineSession engine() {
        return engine;
    }

    private void onConnectTimeout() {
        connectTimer = null;
        if (!closed && sockets == null) {
            LOG.debug("engine session {} closed: no namespace connected within {}", engine.id(),
                    runtime.connectTimeout());
            engine.close("forced close");
        }
    }

    @Override
    public void onText(String text) {
        handle(decoder.decodeText(text));
    }

    @Override
    public void onBinary(byte[] data) {
        handle(decoder.decodeBinary(data));
    }

    private void handle(DecodeResult<Optional<SocketPacket>> result) {
        if (result instanceof DecodeResult.Invalid<Optional<SocketPacket>> invalid) {
            LOG.info("engine session {} closed: invalid Socket.IO packet: {}", engine.id(), invalid.error().message());
            engine.close("parse error");
            return;
        }
        Optional<SocketPacket> packet = ((DecodeResult.Ok<Optional<SocketPacket>>) result).value();
        packet.ifPresent(this::dispatch);
    }

    private void dispatch(SocketPacket packet) {
        if (packet instanceof SocketPacket.Connect connect) {
            onConnect(connect);
        } else if (packet instanceof SocketPacket.Event event) {
            SocketImpl socket = socket(event.namespace());
            if (socket != null) {
                socket.onEvent(event);
            } else {
                LOG.debug("engine session {}: event for unconnected namespace {}", engine.id(), event.namespace());
            }
        } else if (packet instanceof SocketPacket.Ack ack) {
            SocketImpl socket = socket(ack.namespace());
            if (socket != null) {
                socket.onAck(ack);
            }
        } else if (packet instanceof SocketPacket.Disconnect disconnect) {
            SocketImpl socket = socket(disconnect.namespace());
            if (socket != null) {
                remove(socket);
                socket.onClosed("client namespace disconnect");
            }
        } else {
            LOG.info("engine session {} closed: a client may not send {}", engine.id(), packet.getClass().getSimpleName());
            engine.close("parse error");
        }
    }

    private void onConnect(SocketPacket.Connect connect) {
        String name = connect.namespace();
        Optional<NamespaceImpl> namespace = runtime.existing(name);
        if (namespace.isEmpty()) {
            write(new SocketPacket.ConnectError(name, JSON.objectNode().put("message", "Invalid namespace")));
            return;
        }
        if (connecting == null) {
            connecting = new HashSet<>(2);
        }
        if (socket(name) != null || !connecting.add(name)) {
            LOG.debug("engine session {}: duplicate CONNECT to {}", engine.id(), name);
            return;
        }
        JsonNode auth = connect.data() == null ? JSON.objectNode() : connect.data();
        Handshake handshake = new Handshake(auth, engine.request().headers(), engine.request().query(),
                engine.request().remote(), engine.openedAt());
        CompletionStage<ConnectDecision> decision;
        try {
            decision = chain(namespace.get().middlewares(), handshake);
        } catch (RuntimeException e) {
            decision = CompletableFuture.failedFuture(e);
        }
        decision.whenComplete((d, failure) -> {
            if (engine.confined()) {
                finishConnect(namespace.get(), handshake, d, failure);
            } else {
                engine.execute(() -> finishConnect(namespace.get(), handshake, d, failure));
            }
        });
    }

    private static CompletionStage<ConnectDecision> chain(List<ConnectMiddleware> middlewares, Handshake handshake) {
        if (middlewares.size() == 1) {
            // The usual case (the chat's auth): its decision as it is, without a stage per step.
            CompletionStage<ConnectDecision> only = middlewares.get(0).check(handshake);
            return only != null ? only
                    : CompletableFuture.failedFuture(new NullPointerException("middleware returned no stage"));
        }
        CompletionStage<ConnectDecision> stage = CompletableFuture.completedFuture(ConnectDecision.accept());
        for (ConnectMiddleware middleware : middlewares) {
            stage = stage.thenCompose(previous -> {
                if (!(previous instanceof ConnectDecision.Accept accepted)) {
                    return CompletableFuture.completedFuture(previous);
                }
                return middleware.check(handshake).thenApply(next -> {
                    if (next instanceof ConnectDecision.Accept more) {
                        Map<String, Object> merged = new HashMap<>(accepted.socketData());
                        merged.putAll(more.socketData());
                        return ConnectDecision.accept(merged);
                    }
                    return next;
                });
            });
        }
        return stage;
    }

    private void finishConnect(NamespaceImpl namespace, Handshake handshake, ConnectDecision decision,
            Throwable failure) {
        String name = namespace.name();
        if (connecting != null && connecting.remove(name) && connecting.isEmpty()) {
            connecting = null; // an idle connection keeps no set
        }
        if (closed) {
            return;
        }
        if (failure != null || decision == null) {
            LOG.error("connection middleware of {} failed", name, failure);
            decision = ConnectDecision.reject("Internal server error", null);
        }
        if (decision instanceof ConnectDecision.Reject reject) {
            LOG.debug("engine session {}: CONNECT to {} rejected: {}", engine.id(), name, reject.message());
            ObjectNode error = JSON.objectNode().put("message", reject.message());
            if (reject.data() != null) {
                error.set("data", reject.data());
            }
            write(new SocketPacket.ConnectError(name, error));
            return;
        }
        SocketImpl socket = new SocketImpl(dev.chat.server.internal.engine.SessionIds.next(), namespace, this, handshake,
                ((ConnectDecision.Accept) decision).socketData());
        add(socket);
        namespace.add(socket);
        if (connectTimer != null) {
            connectTimer.cancel(false);
            connectTimer = null;
        }
        SocketPacket.Connect connected = new SocketPacket.Connect(name, JSON.objectNode().put("sid", socket.id()));
        LOG.debug("socket {} connected to {} over engine session {}", socket.id(), name, engine.id());
        long connectSettleMillis = runtime.connectSettleTime().toMillis();
        if (connectSettleMillis > 0) {
            // The conformance server: CONNECT first, the handlers after the settle time (events
            // arriving meanwhile wait in order).
            socket.open(() -> write(connected));
            engine.schedule(() -> socket.startHandlers(null), connectSettleMillis, TimeUnit.MILLISECONDS);
        } else {
            // As socket.io does: the connection handlers run before the client can see CONNECT, so
            // the rooms they join are joined when it does; what they send follows the CONNECT packet.
            socket.startHandlers(() -> socket.open(() -> write(connected)));
        }
    }

    /** Encodes on the calling thread and queues on the session; any thread. */
    void write(SocketPacket packet) {
        EncodedPacket encoded = runtime.encoder().encodeFrame(packet);
        engine.sendFrame(encoded.text(), (byte[]) null, encoded.attachments());
    }

    /** Server-side disconnect of one socket; any thread. */
    void disconnect(SocketImpl socket) {
        if (!engine.confined()) {
            engine.execute(() -> disconnect(socket));
            return;
        }
        String name = socket.namespace().name();
        if (socket(name) == socket) {
            remove(socket);
            socket.write(new SocketPacket.Disconnect(socket.namespace().name()));
            socket.onClosed("server namespace disconnect");
        }
    }

    /** The engine session closed. */
    @Override
    public void accept(String reason) {
        closed = true;
        if (connectTimer != null) {
            connectTimer.cancel(false);
            connectTimer = null;
        }
        Object closing = sockets;
        sockets = null;
        for (SocketImpl socket : all(closing)) {
            socket.onClosed(reason);
        }
    }

    @SuppressWarnings("unchecked")
    private SocketImpl socket(String namespace) {
        Object s = sockets;
        if (s instanceof SocketImpl only) {
            return only.namespace().name().equals(namespace) ? only : null;
        }
        return s == null ? null : ((Map<String, SocketImpl>) s).get(namespace);
    }

    private void add(SocketImpl socket) {
        if (sockets == null) {
            sockets = socket;
            return;
        }
        Map<String, SocketImpl> copy = new HashMap<>();
        all(sockets).forEach(s -> copy.put(s.namespace().name(), s));
        copy.put(socket.namespace().name(), socket);
        sockets = Map.copyOf(copy);
    }

    private void remove(SocketImpl socket) {
        if (sockets == socket) {
            sockets = null;
            return;
        }
        Map<String, SocketImpl> copy = new HashMap<>();
        all(sockets).forEach(s -> copy.put(s.namespace().name(), s));
        copy.remove(socket.namespace().name(), socket);
        sockets = copy.size() == 1 ? copy.values().iterator().next() : copy.isEmpty() ? null : Map.copyOf(copy);
    }

    @SuppressWarnings("unchecked")
    private static Collection<SocketImpl> all(Object sockets) {
        if (sockets instanceof SocketImpl only) {
            return List.of(only);
        }
        return sockets == null ? List.of() : ((Map<String, SocketImpl>) sockets).values();
    }
}
