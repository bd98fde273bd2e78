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
import java.util.function.BiConsumer;
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
    /** The handshake's auth, compacted (see {@link RetainedAuth}); the rest is the session's. */
    private final Object auth;
    private final Map<String, Object> data;
    /**
     * Event names and their handlers, alternating ({@code [name0, handler0, name1, handler1, ...]}):
     * a socket has a handful, and a small array searched in order costs far less memory per
     * connection than a map. Replaced as a whole under {@code this} on every {@link #on}.
     */
    private volatile Object[] handlers = NO_HANDLERS;
    /** Created by the first {@link #onDisconnect}: most applications listen on the namespace. */
    private volatile List<Consumer<String>> disconnectListeners;
    /** Acks this socket awaits; created by the first {@link #emitWithAck}, most sockets never need it. */
    private volatile AwaitedAcks pendingAcks;
    private final Executor serial;
    private volatile AnyEventHandler anyHandler;
    private volatile boolean connected = true;
    private List<Runnable> held = new java.util.ArrayList<>();
    /**
     * What this socket sends before its CONNECT packet is written (from connection handlers, acks,
     * broadcasts to rooms they joined): written right after it, in order. Null once CONNECT is out.
     * Guarded by {@code this}; read without the lock only to skip it.
     */
    private volatile List<Runnable> outbox = new java.util.ArrayList<>();

    private static final Object[] NO_HANDLERS = {};

    private record PendingAck(CompletableFuture<List<JsonNode>> future, ScheduledFuture<?> timeout) {
    }

    /** The acks a socket awaits by id, and the next id (guarded by the socket): made on first use. */
    private static final class AwaitedAcks extends ConcurrentHashMap<Long, PendingAck> {
        private long nextId;
    }

    SocketImpl(String id, NamespaceImpl namespace, ClientConnection client, Handshake handshake,
            Map<String, Object> data) {
        this.id = id;
        this.namespace = namespace;
        this.client = client;
        this.auth = RetainedAuth.retain(handshake.auth());
        this.data = new SocketData(data);
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

    /**
     * Runs the connection handlers, then {@code afterHandlers} (null for none), then the handlers held
     * back meanwhile. On the session's event loop.
     */
    void startHandlers(Runnable afterHandlers) {
        List<Runnable> waiting = held;
        held = null;
        dispatch(() -> {
            for (Consumer<SocketIoSocket> handler : namespace.connectionHandlers()) {
                runGuarded(() -> handler.accept(this));
            }
            if (afterHandlers != null) {
                afterHandlers.run();
            }
        });
        if (waiting != null) {
            waiting.forEach(this::dispatch);
        }
    }

    /**
     * Writes the CONNECT packet with {@code writeConnect}, then what was sent meanwhile, and from then
     * on writes directly. Any thread; it does its work on the session's event loop, so that nothing
     * the loop writes directly can overtake the CONNECT packet.
     */
    void open(Runnable writeConnect) {
        if (!client.engine().confined()) {
            client.engine().execute(() -> open(writeConnect));
            return;
        }
        synchronized (this) {
            writeConnect.run();
            outbox.forEach(Runnable::run);
            outbox = null;
        }
    }

    /** Queues {@code write} until CONNECT is out; false if it is out already (write it now). */
    private boolean holdBack(Runnable write) {
        synchronized (this) {
            if (outbox == null) {
                return false;
            }
            outbox.add(write);
            return true;
        }
    }

    /** Writes a packet of this socket, after its CONNECT packet. Any thread. */
    void write(SocketPacket packet) {
        if (outbox != null && holdBack(() -> client.write(packet))) {
            return;
        }
        client.write(packet);
    }

    void onEvent(SocketPacket.Event event) {
        Optional<Acknowledger> ack = event.ackId().isPresent()
                ? Optional.of(new OnceAcknowledger(event.ackId().getAsLong()))
                : Optional.empty();
        runHandler(() -> {
            if (!connected) {
                return;
            }
            EventHandler handler = handler(event.name());
            if (handler == null) {
                handler = namespace.eventHandler(event.name());
            }
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
        Map<Long, PendingAck> awaited = pendingAcks;
        PendingAck pending = awaited == null ? null : awaited.remove(ack.ackId());
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
        Map<Long, PendingAck> awaited = pendingAcks;
        for (Long ackId : awaited == null ? List.<Long>of() : List.copyOf(awaited.keySet())) {
            PendingAck pending = awaited.remove(ackId);
            if (pending != null) {
                pending.timeout().cancel(false);
                runHandler(() -> pending.future().completeExceptionally(
                        new IllegalStateException("socket disconnected: " + reason)));
            }
        }
        runHandler(() -> {
            List<Consumer<String>> listeners = disconnectListeners;
            if (listeners != null) {
                for (Consumer<String> listener : listeners) {
                    runGuarded(() -> listener.accept(reason));
                }
            }
            for (BiConsumer<SocketIoSocket, String> listener : namespace.disconnectListeners()) {
                runGuarded(() -> listener.accept(this, reason));
            }
        });
    }

    void deliver(BroadcastPacket packet) {
        if (!connected || outbox != null && holdBack(() -> deliverNow(packet))) {
            return;
        }
        deliverNow(packet);
    }

    private void deliverNow(BroadcastPacket packet) {
        io.netty.buffer.ByteBuf shared = client.engine().transport() == dev.chat.server.engineio.EngineTransport.WEBSOCKET
                ? SharedFrame.retainedFrame(packet)
                : null;
        if (shared != null) {
            client.engine().sendFrame(packet.frame(), shared, packet.attachments());
        } else {
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
        dev.chat.server.http.HttpRequest request = client.engine().request();
        return new Handshake(RetainedAuth.restore(auth), request.headers(), request.query(), request.remote(),
                client.engine().openedAt());
    }

    @Override
    public SocketIoSocket on(String event, EventHandler handler) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handler, "handler");
        synchronized (this) {
            handlers = SocketData.with(handlers, event, handler);
        }
        return this;
    }

    @Override
    public SocketIoSocket onAny(AnyEventHandler handler) {
        this.anyHandler = Objects.requireNonNull(handler, "handler");
        return this;
    }

    @Override
    public SocketIoSocket onDisconnect(Consumer<String> listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (this) {
            if (disconnectListeners == null) {
                disconnectListeners = new CopyOnWriteArrayList<>();
            }
            disconnectListeners.add(listener);
        }
        return this;
    }

    @Override
    public void emit(String event, JsonNode... args) {
        if (connected) {
            write(new SocketPacket.Event(namespace.name(), event, List.of(args), OptionalLong.empty()));
        }
    }

    @Override
    public CompletableFuture<List<JsonNode>> emitWithAck(String event, Duration timeout, JsonNode... args) {
        CompletableFuture<List<JsonNode>> future = new CompletableFuture<>();
        if (!connected) {
            future.completeExceptionally(new IllegalStateException("socket disconnected"));
            return future;
        }
        AwaitedAcks pendingAcks = awaitedAcks();
        long ackId;
        synchronized (this) {
            ackId = pendingAcks.nextId++;
        }
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
        write(new SocketPacket.Event(namespace.name(), event, List.of(args), OptionalLong.of(ackId)));
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

    private EventHandler handler(String event) {
        Object[] table = handlers;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i].equals(event)) {
                return (EventHandler) table[i + 1];
            }
        }
        return null;
    }

    private AwaitedAcks awaitedAcks() {
        AwaitedAcks awaited = pendingAcks;
        if (awaited == null) {
            synchronized (this) {
                awaited = pendingAcks;
                if (awaited == null) {
                    awaited = new AwaitedAcks();
                    pendingAcks = awaited;
                }
            }
        }
        return awaited;
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
                write(new SocketPacket.Ack(namespace.name(), ackId, List.of(args)));
            }
        }
    }
}
