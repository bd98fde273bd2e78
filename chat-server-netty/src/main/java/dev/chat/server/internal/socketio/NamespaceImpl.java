package dev.chat.server.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.server.socketio.BroadcastAdapter;
import dev.chat.server.socketio.BroadcastOperator;
import dev.chat.server.socketio.BroadcastOptions;
import dev.chat.server.socketio.BroadcastPacket;
import dev.chat.server.socketio.ConnectMiddleware;
import dev.chat.server.socketio.EventHandler;
import dev.chat.server.socketio.Namespace;
import dev.chat.server.socketio.SocketIoSocket;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A namespace: middleware, connection handlers, its local sockets and its adapter. Thread-safe. */
final class NamespaceImpl implements Namespace {

    private final String name;
    private final SocketEncoder encoder;
    private final BroadcastAdapter adapter;
    private final List<ConnectMiddleware> middlewares = new CopyOnWriteArrayList<>();
    private final List<Consumer<SocketIoSocket>> connectionHandlers = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, EventHandler> eventHandlers = new ConcurrentHashMap<>();
    private final List<BiConsumer<SocketIoSocket, String>> disconnectListeners = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, SocketImpl> sockets = new ConcurrentHashMap<>();
    private final BroadcastOperatorImpl everyone;
    private volatile Executor handlerExecutor;

    NamespaceImpl(String name, BroadcastAdapter.Factory adapterFactory, SocketEncoder encoder) {
        this.name = name;
        this.encoder = encoder;
        this.adapter = adapterFactory.create(name, this::deliver);
        this.everyone = new BroadcastOperatorImpl(this, BroadcastOptions.ALL);
    }

    private void deliver(String socketId, BroadcastPacket packet) {
        SocketImpl socket = sockets.get(socketId);
        if (socket != null) {
            socket.deliver(packet);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Namespace use(ConnectMiddleware middleware) {
        middlewares.add(Objects.requireNonNull(middleware, "middleware"));
        return this;
    }

    @Override
    public Namespace onConnection(Consumer<SocketIoSocket> handler) {
        connectionHandlers.add(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    @Override
    public Namespace on(String event, EventHandler handler) {
        eventHandlers.put(Objects.requireNonNull(event, "event"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    @Override
    public Namespace onDisconnect(BiConsumer<SocketIoSocket, String> listener) {
        disconnectListeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    @Override
    public Namespace handlerExecutor(Executor executor) {
        this.handlerExecutor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    @Override
    public Collection<SocketIoSocket> sockets() {
        return List.copyOf(sockets.values());
    }

    @Override
    public Optional<SocketIoSocket> socket(String id) {
        return Optional.ofNullable(sockets.get(id));
    }

    @Override
    public BroadcastAdapter adapter() {
        return adapter;
    }

    @Override
    public BroadcastOperator to(String room) {
        return everyone.to(room);
    }

    @Override
    public BroadcastOperator except(String room) {
        return everyone.except(room);
    }

    @Override
    public void emit(String event, JsonNode... args) {
        everyone.emit(event, args);
    }

    @Override
    public void emitJson(String event, int jsonLength, Consumer<StringBuilder> json) {
        everyone.emitJson(event, jsonLength, json);
    }

    SocketEncoder encoder() {
        return encoder;
    }

    List<ConnectMiddleware> middlewares() {
        return middlewares;
    }

    List<Consumer<SocketIoSocket>> connectionHandlers() {
        return connectionHandlers;
    }

    /** The namespace-wide handler of an event, or null. */
    EventHandler eventHandler(String event) {
        return eventHandlers.get(event);
    }

    List<BiConsumer<SocketIoSocket, String>> disconnectListeners() {
        return disconnectListeners;
    }

    Executor handlerExecutor() {
        return handlerExecutor;
    }

    void add(SocketImpl socket) {
        sockets.put(socket.id(), socket);
        adapter.addAll(socket.id(), java.util.Set.of(socket.id()));
    }

    void remove(SocketImpl socket) {
        sockets.remove(socket.id(), socket);
        adapter.delAll(socket.id());
    }

    @Override
    public String toString() {
        return "Namespace[" + name + "]";
    }
}
