package dev.chat.server.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.server.socketio.Acknowledger;
import dev.chat.server.socketio.AnyEventHandler;
import dev.chat.server.socketio.BroadcastOperator;
import dev.chat.server.socketio.BroadcastOptions;
import dev.chat.server.socketio.BroadcastPacket;
import dev.chat.server.socketio.EventHandler;
import dev.chat.server.socketio.Handshake;
import dev.chat.server.socketio.Namespace;
import dev.chat.server.socketio.SocketIoSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A socket in one namespace. Its handlers run one at a time: inline on the session's event loop, or
 * on a per-socket {@link SerialExecutor} over the namespace's handler executor.
 */
final class SocketImpl implements SocketIoSocket {

    private static final Logger LOG = LoggerFactory.getLogger(SocketImpl.class);

    private final String id;
    private final NamespaceImpl namespace;
    private final ClientConnection client;
    private final Handshake handshake;
    private final Map<String, Object> data;
    private final Map<String, EventHandler> handlers = new ConcurrentHashMap<>();
    private final List<Consumer<String>> disconnectListeners = new CopyOnWriteArrayList<>();
    private final Map<Long, PendingAck> pendingAcks = new ConcurrentHashMap<>();
    private final AtomicLong nextAckId = new AtomicLong();
    private final Executor serial;
    private volatile AnyEventHandler anyHandler;
    private volatile boolean connected = true;
    private List<Runnable> held = new java.util.ArrayList<>();

    private record PendingAck(CompletableFuture<List<JsonNode>> future, ScheduledFuture<?> timeout) {
    }

    SocketImpl(String id, NamespaceImpl namespace, ClientConnection client, Handshake handshake,
            Map<String, Object> data) {
        this.id = id;
        this.namespace = namespace;
        this.client = client;
        this.handshake = handshake;
        this.data = new ConcurrentHashMap<>(data);
        Executor executor = namespace.handlerExecutor();
        this.serial = executor == null ? null : new SerialExecutor(executor);
    }

    /**
     * Runs a handler in this socket's order; on the event loop unless a handler executor is set.
     * Until the connection handlers have started, handlers are held back (in order), so that no event
     * reaches a socket whose handlers are not registered yet. Called on the session's event loop.
     */
    private void runHandler(Runnable task) {
        if (held != null) {
            held.add(task);
            return;
        }
        dispatch(task);
    }

    private void dispatch(Runnable task) {
        if (serial != null) {
            serial.execute(task);
        } else {
            runGuarded(task);
        }
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.error("handler of socket {} in {} failed", id, namespace.name(), e);
        }
    }

    /** Runs the connection handlers, then the handlers held back meanwhile. On the session's event loop. */
    void startHandlers() {
        List<Runnable> waiting = held;
        held = null;
        dispatch(() -> {
            for (Consumer<SocketIoSocket> handler : namespace.connectionHandlers()) {
                runGuarded(() -> handler.accept(this));
            }
        });
        if (waiting != null) {
            waiting.forEach(this::dispatch);
        }
    }

    void onEvent(SocketPacket.Event event) {
        Optional<Acknowledger> ack = event.ackId().isPresent()
                ? Optional.of(new OnceAcknowledger(event.ackId().getAsLong()))
                : Optional.empty();
        runHandler(() -> {
            if (!connected) {
                return;
            }
            EventHandler handler = handlers.get(event.name());
            if (handler != null) {
                handler.handle(this, event.args(), ack);
                return;
            }
            AnyEventHandler any = anyHandler;
            if (any != null) {
                any.handle(this, event.name(), event.args(), ack);
            }
        });
    }

    void onAck(SocketPacket.Ack ack) {
        PendingAck pending = pendingAcks.remove(ack.ackId());
        if (pending == null) {
            LOG.debug("socket {}: ack {} is not awaited", id, ack.ackId());
            return;
        }
        pending.timeout().cancel(false);
        runHandler(() -> pending.future().complete(ack.args()));
    }

    /** The socket ended; on the session's event loop. */
    void onClosed(String reason) {
        if (!connected) {
            return;
        }
        connected = false;
        namespace.remove(this);
        LOG.debug("socket {} disconnected from {}: {}", id, namespace.name(), reason);
        for (Long ackId : List.copyOf(pendingAcks.keySet())) {
            PendingAck pending = pendingAcks.remove(ackId);
            if (pending != null) {
                pending.timeout().cancel(false);
                runHandler(() -> pending.future().completeExceptionally(
                        new IllegalStateException("socket disconnected: " + reason)));
            }
        }
        runHandler(() -> {
            for (Consumer<String> listener : disconnectListeners) {
                runGuarded(() -> listener.accept(reason));
            }
        });
    }

    void deliver(BroadcastPacket packet) {
        if (connected) {
            client.engine().sendFrame(packet.frame(), packet.frameUtf8(), packet.attachments());
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Namespace namespace() {
        return namespace;
    }

    @Override
    public Map<String, Object> data() {
        return data;
    }

    @Override
    public Handshake handshake() {
        return handshake;
    }

    @Override
    public SocketIoSocket on(String event, EventHandler handler) {
        handlers.put(Objects.requireNonNull(event, "event"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    @Override
    public SocketIoSocket onAny(AnyEventHandler handler) {
        this.anyHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    @Override
    public SocketIoSocket onDisconnect(Consumer<String> listener) {
        disconnectListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    @Override
    public void emit(String event, JsonNode... args) {
        if (connected) {
            client.write(new SocketPacket.Event(namespace.name(), event, List.of(args), OptionalLong.empty()));
        }
    }

    @Override
    public CompletableFuture<List<JsonNode>> emitWithAck(String event, Duration timeout, JsonNode... args) {
        CompletableFuture<List<JsonNode>> future = new CompletableFuture<>();
        if (!connected) {
            future.completeExceptionally(new IllegalStateException("socket disconnected"));
            return future;
        }
        long ackId = nextAckId.getAndIncrement();
        ScheduledFuture<?> timer = client.engine().schedule(() -> {
            if (pendingAcks.remove(ackId) != null) {
                runHandler(() -> future.completeExceptionally(
                        new TimeoutException("no ack for '" + event + "' within " + timeout)));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        pendingAcks.put(ackId, new PendingAck(future, timer));
        if (timer.isDone() && pendingAcks.remove(ackId) != null) {
            // The timer fired before the ack was registered (a timeout of about zero).
            future.completeExceptionally(new TimeoutException("no ack for '" + event + "' within " + timeout));
            return future;
        }
        client.write(new SocketPacket.Event(namespace.name(), event, List.of(args), OptionalLong.of(ackId)));
        return future;
    }

    @Override
    public void join(String room) {
        if (connected) {
            namespace.adapter().addAll(id, Set.of(room));
            if (!connected) {
                // Disconnected meanwhile on the event loop: undo, or the membership would outlive the socket.
                namespace.adapter().delAll(id);
            }
        }
    }

    @Override
    public void leave(String room) {
        namespace.adapter().del(id, room);
    }

    @Override
    public Set<String> rooms() {
        return namespace.adapter().rooms(id);
    }

    @Override
    public BroadcastOperator to(String room) {
        return new BroadcastOperatorImpl(namespace, new BroadcastOptions(Set.of(room), Set.of(id)));
    }

    @Override
    public void disconnect() {
        client.disconnect(this);
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public String toString() {
        return "Socket[" + id + " in " + namespace.name() + "]";
    }

    /** Sends the ACK for one client event, once. */
    private final class OnceAcknowledger implements Acknowledger {
        private final long ackId;
        private final AtomicBoolean sent = new AtomicBoolean();

        OnceAcknowledger(long ackId) {
            this.ackId = ackId;
        }

        @Override
        public void ack(JsonNode... args) {
            if (connected && sent.compareAndSet(false, true)) {
                client.write(new SocketPacket.Ack(namespace.name(), ackId, List.of(args)));
            }
        }
    }
}
