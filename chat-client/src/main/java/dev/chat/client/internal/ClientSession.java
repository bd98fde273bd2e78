package dev.chat.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.client.AuthMethod;
import dev.chat.client.ChatClientConfig;
import dev.chat.client.ChatClientException;
import dev.chat.client.ConnectionState;
import dev.chat.client.ConnectionStateChange;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.engineio.Heartbeat;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketPacket;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One client's connection life: the WebSocket, the Engine.IO handshake and heartbeat, the Socket.IO
 * namespace, acknowledgements and reconnection. The one class where threads, timers and I/O meet.
 *
 * <p>Every field is touched only on the {@link Scheduler}'s serial thread: public methods and transport
 * callbacks hop onto it. Callbacks of a replaced connection are recognised by their generation and dropped.
 * Nothing here runs application code: events go to the {@link ListenerDispatcher}.
 */
public final class ClientSession {
    private static final System.Logger LOG = System.getLogger("dev.chat.client");
    private static final String NAMESPACE = "/";

    /** The session's states; the public {@link ConnectionState} is derived from them. */
    private enum State {
        NEW,
        /** Opening the WebSocket. */
        OPENING,
        /** WebSocket open, waiting for the Engine.IO open packet. */
        HANDSHAKING,
        /** Socket.IO CONNECT sent, waiting for the server's CONNECT or CONNECT_ERROR. */
        JOINING_NAMESPACE,
        CONNECTED,
        /** Waiting for the backoff delay before the next attempt. */
        WAITING_TO_RECONNECT,
        /** Terminal. */
        CLOSED
    }

    /**
     * Called on the session's thread when the namespace is connected, before listeners hear of it: the
     * place to re-join conversations. Commands can be emitted from it at once.
     */
    public interface ConnectedHook {
        /**
         * @param reconnected false the first time, true after a reconnection
         * @param ready       to run once (on the session's thread) when the hook's work is acknowledged;
         *                    only then do listeners hear {@link ConnectionState#CONNECTED}
         */
        void onConnected(boolean reconnected, Runnable ready);
    }

    private record PendingAck(AckCallback callback, Scheduler.Cancellable timeout) {
    }

    private final ChatClientConfig config;
    private final WebSocketTransport transport;
    private final Scheduler scheduler;
    private final ListenerDispatcher dispatcher;
    private final Backoff backoff;
    private final ClientCodec codec;
    private final ConnectedHook connectedHook;
    private final Runnable onTerminated;
    private final CompletableFuture<Void> firstConnect = new CompletableFuture<>();
    private volatile ConnectionState publicState = ConnectionState.NEW;

    private State state = State.NEW;
    private int generation;
    private int attempts;
    private boolean everConnected;
    private String token;
    private WebSocketTransport.Connection connection;
    private SocketDecoder socketDecoder;
    private Heartbeat heartbeat;
    private Scheduler.Cancellable heartbeatTimer = Scheduler.Cancellable.NONE;
    private Scheduler.Cancellable connectTimer = Scheduler.Cancellable.NONE;
    private Scheduler.Cancellable reconnectTimer = Scheduler.Cancellable.NONE;
    private final Map<Long, PendingAck> pendingAcks = new HashMap<>();
    private long nextAckId;

    /**
     * @param config        the settings
     * @param transport     opens WebSockets
     * @param scheduler     the serial thread and clock
     * @param dispatcher    where events and completions go
     * @param backoff       reconnection delays
     * @param connectedHook runs when the namespace connects (re-joins conversations)
     * @param onTerminated  runs once on the session's thread after the session reached CLOSED
     */
    public ClientSession(ChatClientConfig config, WebSocketTransport transport, Scheduler scheduler,
                         ListenerDispatcher dispatcher, Backoff backoff, ConnectedHook connectedHook,
                         Runnable onTerminated) {
        this.config = config;
        this.transport = transport;
        this.scheduler = scheduler;
        this.dispatcher = dispatcher;
        this.backoff = backoff;
        this.codec = new ClientCodec(config.limits());
        this.connectedHook = connectedHook;
        this.onTerminated = onTerminated;
    }

    /** The public state, readable from any thread. */
    public ConnectionState state() {
        return publicState;
    }

    /**
     * Starts connecting (once; later calls return the same future). The future completes, on the listener
     * executor, when the namespace is first connected, or fails if the session closes before that.
     */
    public CompletableFuture<Void> connect() {
        scheduler.execute(() -> {
            if (state == State.NEW) {
                startAttempt("connecting");
            }
        });
        return firstConnect;
    }

    /** Closes for good: sends a Socket.IO DISCONNECT when connected, fails every pending command. */
    public void close() {
        scheduler.execute(() -> terminate("closed by the application", ChatClientException.CLOSED,
                "The client was closed.", true));
    }

    /**
     * Emits {@code event} with one argument and an acknowledgement id. {@code callback} runs exactly once:
     * on the session's thread, or on the caller's once the client is closed and its thread gone.
     */
    public void emit(String event, JsonNode argument, AckCallback callback) {
        if (!scheduler.execute(() -> emitNow(event, argument, callback))) {
            callback.onFailure(new ChatClientException(ChatClientException.CLOSED, "The client is closed."));
        }
    }

    private void emitNow(String event, JsonNode argument, AckCallback callback) {
        if (state != State.CONNECTED) {
            callback.onFailure(state == State.CLOSED
                    ? new ChatClientException(ChatClientException.CLOSED, "The client is closed.")
                    : new ChatClientException(ChatClientException.NOT_CONNECTED,
                            "The client is not connected (state " + publicState + ")."));
            return;
        }
        long ackId = nextAckId++;
        long timeoutMillis = config.ackTimeout().toMillis();
        Scheduler.Cancellable timeout = scheduler.schedule(() -> {
            PendingAck pending = pendingAcks.remove(ackId);
            if (pending != null) {
                pending.callback().onFailure(new ChatClientException(ChatClientException.ACK_TIMEOUT,
                        "No acknowledgement for " + event + " within " + timeoutMillis + " ms."));
            }
        }, timeoutMillis);
        pendingAcks.put(ackId, new PendingAck(callback, timeout));
        send(codec.encode(new SocketPacket.Event(NAMESPACE, event, List.of(argument), OptionalLong.of(ackId))));
    }

    // ---- connection attempts -------------------------------------------------------------------

    private void startAttempt(String reason) {
        int gen = ++generation;
        socketDecoder = SocketDecoder.forClient(config.limits());
        token = bearerless(config.token().get());
        moveTo(State.OPENING, reason);
        Map<String, String> headers = config.authMethod() == AuthMethod.AUTHORIZATION_HEADER && token != null
                ? Map.of("Authorization", "Bearer " + token) : Map.of();
        long timeoutMillis = config.connectTimeout().toMillis();
        connectTimer = scheduler.schedule(() -> {
            if (gen == generation && isConnecting()) {
                connectionLost("connect timeout after " + timeoutMillis + " ms");
            }
        }, timeoutMillis);
        transport.open(config.webSocketUri(), headers, config.connectTimeout(), new WebSocketTransport.Listener() {
            @Override
            public void onOpen(WebSocketTransport.Connection opened) {
                if (!scheduler.execute(() -> opened(gen, opened))) {
                    opened.close(); // closed while this connection was opening
                }
            }

            @Override
            public void onText(String text) {
                scheduler.execute(() -> {
                    if (gen == generation) {
                        received(text);
                    }
                });
            }

            @Override
            public void onBinary(byte[] data) {
                scheduler.execute(() -> {
                    if (gen == generation) {
                        receivedBinary(data);
                    }
                });
            }

            @Override
            public void onClosed(String why) {
                scheduler.execute(() -> {
                    if (gen == generation && state != State.CLOSED && state != State.WAITING_TO_RECONNECT) {
                        connectionLost(why);
                    }
                });
            }
        });
    }

    private void opened(int gen, WebSocketTransport.Connection opened) {
        if (gen != generation || state != State.OPENING) {
            opened.close(); // a connection we gave up on (timeout or close) opened after all
            return;
        }
        connection = opened;
        moveTo(State.HANDSHAKING, "transport open");
    }

    private void received(String frame) {
        DecodeResult<EnginePacket> decoded = codec.decodeText(frame);
        if (decoded instanceof DecodeResult.Invalid<EnginePacket> invalid) {
            connectionLost("protocol error: " + invalid.error().message());
            return;
        }
        EnginePacket packet = ((DecodeResult.Ok<EnginePacket>) decoded).value();
        if (packet instanceof EnginePacket.Open open) {
            if (state != State.HANDSHAKING) {
                connectionLost("protocol error: an unexpected open packet");
                return;
            }
            heartbeat = Heartbeat.forClient(open.handshake().pingInterval(), open.handshake().pingTimeout());
            armHeartbeat(heartbeat.start(scheduler.nowMillis()));
            send(codec.encode(new SocketPacket.Connect(NAMESPACE, authPayload())));
            moveTo(State.JOINING_NAMESPACE, "handshake done");
        } else if (packet instanceof EnginePacket.Ping) {
            if (heartbeat == null) {
                connectionLost("protocol error: a ping before the handshake");
                return;
            }
            Heartbeat.Step step = heartbeat.onPing(scheduler.nowMillis());
            if (step.action() == Heartbeat.Action.SEND_PONG) {
                send(codec.encode(EnginePacket.Pong.HEARTBEAT));
            }
            armHeartbeat(step);
        } else if (packet instanceof EnginePacket.Close) {
            connectionLost("transport closed by the server");
        } else if (packet instanceof EnginePacket.TextMessage message) {
            socketPacket(socketDecoder.decodeText(message.data()));
        } else if (packet instanceof EnginePacket.BinaryMessage message) {
            socketPacket(socketDecoder.decodeBinary(message.data()));
        }
        // pong, upgrade and noop mean nothing to a WebSocket-only client.
    }

    private void receivedBinary(byte[] frame) {
        socketPacket(socketDecoder.decodeBinary(frame));
    }

    private void socketPacket(DecodeResult<Optional<SocketPacket>> decoded) {
        if (decoded instanceof DecodeResult.Invalid<Optional<SocketPacket>> invalid) {
            connectionLost("protocol error: " + invalid.error().message());
            return;
        }
        Optional<SocketPacket> complete = ((DecodeResult.Ok<Optional<SocketPacket>>) decoded).value();
        if (complete.isEmpty() || state == State.CLOSED) {
            return; // binary attachments still due
        }
        SocketPacket packet = complete.get();
        if (packet instanceof SocketPacket.Connect) {
            if (state == State.JOINING_NAMESPACE) {
                namespaceConnected();
            }
        } else if (packet instanceof SocketPacket.ConnectError error) {
            String message = error.data() != null && error.data().path("message").isTextual()
                    ? error.data().get("message").asText() : "connection refused";
            terminate("rejected by the server: " + message, ChatClientException.CONNECT_REJECTED, message,
                    false);
        } else if (packet instanceof SocketPacket.Disconnect) {
            // As the official client: a server-side disconnect is deliberate, so no reconnection.
            terminate("disconnected by the server", ChatClientException.DISCONNECTED,
                    "The server disconnected the client.", false);
        } else if (packet instanceof SocketPacket.Event event) {
            event(event);
        } else if (packet instanceof SocketPacket.Ack ack) {
            PendingAck pending = pendingAcks.remove(ack.ackId());
            if (pending != null) {
                pending.timeout().cancel();
                pending.callback().onAck(ack.args());
            }
        }
    }

    private void namespaceConnected() {
        connectTimer.cancel();
        boolean reconnected = everConnected;
        everConnected = true;
        attempts = 0;
        state = State.CONNECTED; // commands may go out now; the public state follows when the hook is done
        int gen = generation;
        boolean[] once = new boolean[1];
        connectedHook.onConnected(reconnected, () -> {
            if (once[0] || gen != generation || state != State.CONNECTED) {
                return; // run twice, or the connection was lost again meanwhile
            }
            once[0] = true;
            moveTo(State.CONNECTED, reconnected ? "reconnected" : "connected");
            if (!firstConnect.isDone()) {
                dispatcher.complete(firstConnect, null);
            }
        });
    }

    private void event(SocketPacket.Event event) {
        EventDecoder.Result result = EventDecoder.decode(event.name(), event.args());
        if (result instanceof EventDecoder.Result.Decoded decoded) {
            dispatcher.dispatch(decoded.event());
        } else if (result instanceof EventDecoder.Result.Malformed malformed) {
            LOG.log(Level.WARNING, "Ignored a malformed " + malformed.name() + " event: " + malformed.reason());
        } else if (event.ackId().isPresent()) {
            LOG.log(Level.DEBUG, "Ignored the unknown event " + event.name());
        }
    }

    // ---- losing and closing --------------------------------------------------------------------

    private void connectionLost(String reason) {
        dropConnection(false);
        failPending(new ChatClientException(ChatClientException.DISCONNECTED,
                "The connection was lost before the server acknowledged the command."));
        if (!backoff.allows(attempts)) {
            terminate(reason + "; no more reconnection attempts", ChatClientException.DISCONNECTED,
                    "Gave up after " + attempts + " reconnection attempts: " + reason + ".", false);
            return;
        }
        long delay = backoff.delayMillis(attempts);
        attempts++;
        moveTo(State.WAITING_TO_RECONNECT, reason);
        reconnectTimer = scheduler.schedule(() -> {
            if (state == State.WAITING_TO_RECONNECT) {
                startAttempt("reconnecting (attempt " + attempts + ")");
            }
        }, delay);
    }

    /** Moves to CLOSED; {@code sayGoodbye} sends a Socket.IO DISCONNECT first when connected. */
    private void terminate(String reason, String code, String sentence, boolean sayGoodbye) {
        if (state == State.CLOSED) {
            return;
        }
        dropConnection(sayGoodbye);
        reconnectTimer.cancel();
        failPending(code.equals(ChatClientException.CLOSED)
                ? new ChatClientException(code, "The client was closed before the server acknowledged the command.")
                : new ChatClientException(ChatClientException.DISCONNECTED,
                        "The connection was lost before the server acknowledged the command."));
        moveTo(State.CLOSED, reason);
        if (!firstConnect.isDone()) {
            dispatcher.fail(firstConnect, new ChatClientException(code, sentence));
        }
        onTerminated.run();
    }

    private void dropConnection(boolean polite) {
        generation++; // from here on, callbacks of the old connection are ignored
        connectTimer.cancel();
        heartbeatTimer.cancel();
        if (heartbeat != null) {
            heartbeat.stop();
            heartbeat = null;
        }
        if (connection != null) {
            if (polite && state == State.CONNECTED) {
                connection.sendText(codec.encode(new SocketPacket.Disconnect(NAMESPACE)));
            }
            connection.close();
            connection = null;
        }
    }

    private void failPending(ChatClientException failure) {
        List<PendingAck> failed = new ArrayList<>(pendingAcks.values());
        pendingAcks.clear();
        for (PendingAck pending : failed) {
            pending.timeout().cancel();
            pending.callback().onFailure(failure);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void armHeartbeat(Heartbeat.Step step) {
        heartbeatTimer.cancel();
        if (step.nextDeadlineMillis() == Heartbeat.NO_DEADLINE) {
            return;
        }
        int gen = generation;
        heartbeatTimer = scheduler.schedule(() -> {
            if (gen == generation && heartbeat != null) {
                Heartbeat.Step next = heartbeat.tick(scheduler.nowMillis());
                if (next.action() == Heartbeat.Action.CLOSE) {
                    connectionLost(Heartbeat.TIMEOUT_REASON);
                } else {
                    armHeartbeat(next);
                }
            }
        }, step.nextDeadlineMillis() - scheduler.nowMillis());
    }

    private JsonNode authPayload() {
        if (config.authMethod() != AuthMethod.AUTH_PAYLOAD || token == null) {
            return null;
        }
        ObjectNode auth = JsonNodeFactory.instance.objectNode();
        auth.put("token", token);
        return auth;
    }

    private void send(String frame) {
        if (connection != null) {
            connection.sendText(frame);
        }
    }

    private boolean isConnecting() {
        return state == State.OPENING || state == State.HANDSHAKING || state == State.JOINING_NAMESPACE;
    }

    private void moveTo(State next, String reason) {
        state = next;
        ConnectionState previous = publicState;
        ConnectionState current = switch (next) {
            case NEW -> ConnectionState.NEW;
            case OPENING, HANDSHAKING, JOINING_NAMESPACE ->
                    everConnected || attempts > 0 ? ConnectionState.RECONNECTING : ConnectionState.CONNECTING;
            case CONNECTED -> ConnectionState.CONNECTED;
            case WAITING_TO_RECONNECT -> ConnectionState.RECONNECTING;
            case CLOSED -> ConnectionState.CLOSED;
        };
        if (current != previous) {
            publicState = current;
            dispatcher.dispatch(new ConnectionStateChange(previous, current, reason));
        }
    }

    private static String bearerless(String token) {
        if (token == null) {
            return null;
        }
        String trimmed = token.strip();
        return trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).strip() : trimmed;
    }
}
