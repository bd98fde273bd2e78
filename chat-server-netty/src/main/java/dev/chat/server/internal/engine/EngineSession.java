package dev.chat.server.internal.engine;

import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EngineError;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.engineio.Heartbeat;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.engineio.EngineTransport;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.internal.netty.HttpReplies;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundInvoker;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Engine.IO session: the concurrency shell where transports, the outbound queue and the heartbeat
 * timer meet. Its state is confined to one event loop at a time: the loop of the connection that
 * opened it, and after an upgrade the loop of the WebSocket (so that a WebSocket session costs no
 * thread hand-over per message). Calls from other threads go through the session's FIFO inbox,
 * drained on the current loop; that one queue is what keeps packets in order, also across the
 * upgrade and across the move from one loop to the other.
 *
 * <p>The outbound queue is the polling buffer while polling, and the WebSocket channel's outbound
 * buffer (bounded by its write-buffer water mark) after the upgrade: one queue per session, bounded by
 * {@link EngineConfig#maxOutboundQueueBytes()}; a session over it is closed as a slow consumer.
 */
public final class EngineSession implements EngineSocket {

    private static final Logger LOG = LoggerFactory.getLogger(EngineSession.class);
    private static final MessageListener NO_LISTENER = text -> { };
    private static final long LINGER_MILLIS = 1000;
    private static final long UPGRADE_NOOP_MILLIS = 100;
    private static final long CLOSE_GRACE_MILLIS = 1000;

    private enum State { OPEN, UPGRADING, CLOSED }

    private final String id;
    private final SessionExecutor executor;
    /** The opening request, shared with other sessions whose requests differ only in the peer. */
    private final HttpRequest sharedRequest;
    private final java.net.InetSocketAddress remote;
    private final EngineSessions sessions;
    /** When the session opened, in microseconds since the epoch (the clock's resolution), not an Instant. */
    private final long openedAtMicros = micros(java.time.Instant.now());
    private final HeartbeatTimer heartbeat;
    /** The close listeners: none (null), the only one (a Consumer, the usual case) or a list of them. */
    private Object closeListeners;

    private volatile MessageListener listener = NO_LISTENER;
    private volatile boolean open = true;
    private volatile EngineTransport transport;

    private State state = State.OPEN;
    private boolean lingering;

    // Polling: the buffered packets (String engine packets, byte[] binary messages) and the waiting GET;
    // a session opened over WebSocket never polls and has no queue.
    private final PollingQueue pollBuffer;
    private PendingPoll pendingPoll;
    private boolean pollFlushScheduled;

    // WebSocket: the transport channel, where its whole frames are written (see frameWriter), and the
    // probe channel during an upgrade.
    private Channel ws;
    private ChannelOutboundInvoker wsFrames;
    private boolean wsFlushScheduled;
    private Channel probe;
    private ScheduledFuture<?> upgradeTimer;

    private EngineSession(EngineSessions sessions, EventLoop loop, HttpRequest request, EngineTransport transport) {
        this.id = SessionIds.next();
        this.sessions = sessions;
        EngineConfig config = sessions.config();
        this.executor = new SessionExecutor(loop, id);
        this.sharedRequest = sessions.share(request);
        this.remote = request.remote();
        this.transport = transport;
        boolean polling = transport == EngineTransport.POLLING;
        this.pollBuffer = polling ? new PollingQueue(sessions.codec()) : null;
        this.heartbeat = new HeartbeatTimer(
                Heartbeat.forServer(config.pingInterval().toMillis(), config.pingTimeout().toMillis()), this);
    }

    SessionExecutor executor() {
        return executor;
    }

    /** The wheel the heartbeat waits on: its current loop's. */
    HeartbeatWheel heartbeatWheel() {
        return sessions.heartbeatWheel(executor.loop());
    }

    /** The heartbeat says to ping. Confined. */
    void heartbeatPing() {
        if (transport == EngineTransport.WEBSOCKET && state != State.CLOSED) {
            writeWs(EngineWire.PING_FRAME.retainedDuplicate());
        } else {
            enqueue(EngineWire.PING_PACKET, null);
        }
    }

    /** The heartbeat says the pong is late. Confined. */
    void heartbeatTimeout() {
        LOG.debug("engine session {}: ping timeout", id);
        doClose(Heartbeat.TIMEOUT_REASON, false);
    }

    private static long micros(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    /**
     * Opens a polling session for a handshake GET and answers it with the open packet (and whatever
     * the connection handler sent). Call on {@code ctx}'s event loop.
     */
    public static EngineSession openPolling(EngineSessions sessions, ChannelHandlerContext ctx, HttpRequest request,
            boolean keepAlive, Map<String, String> corsHeaders) {
        EngineSession s = new EngineSession(sessions, ctx.channel().eventLoop(), request, EngineTransport.POLLING);
        sessions.add(s);
        boolean canUpgrade = s.sessions.config().transports().contains(EngineTransport.WEBSOCKET);
        s.enqueue(s.openPacket(canUpgrade), null);
        s.pendingPoll = new PendingPoll(ctx, keepAlive, corsHeaders, null);
        s.start();
        s.flushPoll();
        return s;
    }

    /** Opens a WebSocket session on a channel whose handshake is done. Call on its event loop. */
    public static EngineSession openWebSocket(EngineSessions sessions, Channel channel, HttpRequest request) {
        EngineSession s = new EngineSession(sessions, channel.eventLoop(), request, EngineTransport.WEBSOCKET);
        s.useWebSocket(channel);
        sessions.add(s);
        s.enqueue(s.openPacket(false), null);
        s.start();
        return s;
    }

    private String openPacket(boolean canUpgrade) {
        EngineConfig config = sessions.config();
        return sessions.codec().encodeText(new EnginePacket.Open(new dev.chat.protocol.engineio.Handshake(id,
                canUpgrade ? List.of(EngineTransport.WEBSOCKET.wireName()) : List.of(),
                config.pingInterval().toMillis(), config.pingTimeout().toMillis(), config.maxPayload())));
    }

    private void start() {
        LOG.debug("engine session {} opened over {} from {}", id, transport.wireName(), remote);
        heartbeat.start();
        try {
            sessions.connectionHandler().accept(this);
        } catch (RuntimeException e) {
            LOG.error("connection handler failed for session {}", id, e);
        }
    }

    // ---------------------------------------------------------------- EngineSocket

    @Override
    public String id() {
        return id;
    }

    @Override
    public EngineTransport transport() {
        return transport;
    }

    @Override
    public HttpRequest request() {
        HttpRequest shared = sharedRequest;
        return shared.remote() == remote ? shared
                : new HttpRequest(shared.method(), shared.path(), shared.query(), shared.headers(), shared.body(), remote);
    }

    @Override
    public void send(String text) {
        Object packet = EngineCodec.messageFrame(text);
        if (confined()) {
            enqueue(packet, null);
        } else {
            execute(() -> enqueue(packet, null));
        }
    }

    @Override
    public void send(byte[] data) {
        if (confined()) {
            enqueue(data, null);
        } else {
            execute(() -> enqueue(data, null));
        }
    }

    /**
     * Sends one Socket.IO packet as Engine.IO messages in one step, so that nothing from another
     * thread lands between its text and its attachments. {@code frameUtf8} is the UTF-8 of
     * {@code frame}, encoded once and shared by every recipient of a broadcast; may be null.
     *
     * @param frame the text message frame, {@code "4" + packet}
     * @param frameUtf8 its UTF-8 bytes, or null
     * @param attachments the binary messages that follow
     */
    public void sendFrame(String frame, byte[] frameUtf8, List<byte[]> attachments) {
        if (confined()) {
            enqueueFrame(frame, frameUtf8, attachments);
        } else {
            execute(() -> enqueueFrame(frame, frameUtf8, attachments));
        }
    }

    /**
     * Like {@link #sendFrame(String, byte[], List)}, with the whole WebSocket frame of {@code frame}
     * ({@link WsTextFrame}) in a buffer the session takes over (a retained duplicate of a broadcast's
     * shared direct buffer): written as is over WebSocket, released otherwise.
     *
     * @param frame the text message frame, {@code "4" + packet}
     * @param wsFrame its WebSocket text frame, header included; the session releases it
     * @param attachments the binary messages that follow
     */
    public void sendFrame(String frame, ByteBuf wsFrame, List<byte[]> attachments) {
        if (confined()) {
            enqueueFrame(frame, wsFrame, attachments);
        } else {
            execute(() -> enqueueFrame(frame, wsFrame, attachments));
        }
    }

    private void enqueueFrame(String frame, ByteBuf wsFrame, List<byte[]> attachments) {
        if (state != State.CLOSED && transport == EngineTransport.WEBSOCKET) {
            writeWs(wsFrame);
        } else {
            wsFrame.release();
            enqueue(frame, null);
        }
        for (int i = 0; i < attachments.size(); i++) {
            enqueue(attachments.get(i), null);
        }
    }

    private void enqueueFrame(String frame, byte[] frameUtf8, List<byte[]> attachments) {
        enqueue(frame, frameUtf8);
        for (int i = 0; i < attachments.size(); i++) {
            enqueue(attachments.get(i), null);
        }
    }

    @Override
    public void onMessage(MessageListener listener) {
        this.listener = listener == null ? NO_LISTENER : listener;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void onClose(Consumer<String> listener) {
        synchronized (this) {
            if (closeListeners == null) {
                closeListeners = listener;
            } else {
                List<Consumer<String>> all = new java.util.ArrayList<>();
                if (closeListeners instanceof List<?> list) {
                    all.addAll((List<Consumer<String>>) list);
                } else {
                    all.add((Consumer<String>) closeListeners);
                }
                all.add(listener);
                closeListeners = List.copyOf(all);
            }
        }
    }

    @Override
    public void close() {
        close("forced close");
    }

    /** Closes with the given reason; safe from any thread. */
    public void close(String reason) {
        if (confined()) {
            doClose(reason, false);
        } else {
            execute(() -> doClose(reason, false));
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** When the session was opened. */
    public java.time.Instant openedAt() {
        return java.time.Instant.ofEpochSecond(openedAtMicros / 1_000_000L, openedAtMicros % 1_000_000L * 1_000L);
    }

    // ---------------------------------------------------------------- confinement

    /**
     * Whether the caller may touch the session's state now: it runs on the session's current event
     * loop and nothing handed over earlier is still waiting.
     *
     * @return true if confined
     */
    public boolean confined() {
        return executor.confined();
    }

    /**
     * Runs a task confined to the session, after every task handed over before it; any thread.
     *
     * @param task the task
     */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Runs a task confined to the session after a delay; any thread. Cancelling may not stop a task
     * already due.
     *
     * @param task the task
     * @param delay the delay
     * @param unit its unit
     * @return the timer
     */
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return executor.schedule(task, delay, unit);
    }

    /** The event loop the session is confined to now (tests observe the move on upgrade). */
    EventLoop currentLoop() {
        return executor.loop();
    }

    // ---------------------------------------------------------------- outbound

    private void enqueue(Object packet, byte[] sharedUtf8) {
        if (state == State.CLOSED) {
            return;
        }
        if (transport == EngineTransport.WEBSOCKET) {
            writeWs(packet, sharedUtf8);
            return;
        }
        if (pollBuffer.add(packet) > sessions.config().maxOutboundQueueBytes()) {
            LOG.info("engine session {} closed: outbound queue over {} bytes", id,
                    sessions.config().maxOutboundQueueBytes());
            doClose("transport error", false);
            return;
        }
        if (pendingPoll != null && !pollFlushScheduled) {
            pollFlushScheduled = true;
            executor.loop().execute(this::flushPoll); // polling only: no task kept per session
        }
    }

    private void writeWs(Object packet, byte[] sharedUtf8) {
        Channel ch = ws;
        if (packet instanceof String text) {
            wsFrames.write(sharedUtf8 != null ? WsTextFrame.of(ch.alloc(), sharedUtf8) : WsTextFrame.of(ch.alloc(), text),
                    ch.voidPromise());
        } else {
            ch.write(new BinaryWebSocketFrame(Unpooled.wrappedBuffer((byte[]) packet)), ch.voidPromise());
        }
        afterWsWrite(ch);
    }

    /** Writes a whole WebSocket frame (taken over): the frame encoder lets a plain buffer through. */
    private void writeWs(ByteBuf wsFrame) {
        Channel ch = ws;
        wsFrames.write(wsFrame, ch.voidPromise());
        afterWsWrite(ch);
    }

    private void useWebSocket(Channel ch) {
        ws = ch;
        wsFrames = ch == null ? null : frameWriter(ch);
    }

    /**
     * Where the whole frames of a WebSocket ({@link WsTextFrame}) and its flushes start: the frame
     * encoder's context, so that they pass only the handlers between it and the socket (the encoder
     * would let them through anyway, and nothing after it handles outbound messages); the channel,
     * which starts at the pipeline's tail, if there is no encoder. Binary and close frames, which the
     * encoder encodes, still start at the channel.
     */
    private static ChannelOutboundInvoker frameWriter(Channel ch) {
        ChannelHandlerContext encoder = ch.pipeline().context(WebSocketFrameEncoder.class);
        return encoder != null ? encoder : ch;
    }

    private void afterWsWrite(Channel ch) {
        if (!wsFlushScheduled) {
            wsFlushScheduled = true;
            WsFlushBatch.add(executor.loop(), this);
        }
        if (!ch.isWritable() && ch.isActive()) {
            LOG.info("engine session {} closed: outbound queue over {} bytes", id,
                    sessions.config().maxOutboundQueueBytes());
            // A slow consumer would never drain a close frame queued behind its backlog: drop the connection.
            useWebSocket(null);
            ch.close();
            doClose("transport error", false);
        }
    }

    /** Flushes the WebSocket; run by the loop's {@link WsFlushBatch}, or handed over if the session moved. */
    void flushWs() {
        if (!confined()) {
            execute(this::flushWs); // rare (the session moved loops): no task kept per session
            return;
        }
        wsFlushScheduled = false;
        if (ws != null) {
            wsFrames.flush();
        }
    }

    private void flushPoll() {
        if (!confined()) {
            execute(this::flushPoll);
            return;
        }
        pollFlushScheduled = false;
        if (pendingPoll == null || pollBuffer.isEmpty()) {
            return;
        }
        answerPoll(pollBuffer.drainPayload(null));
    }

    private void answerPoll(String payload) {
        PendingPoll poll = pendingPoll;
        pendingPoll = null;
        if (poll.abortWatch() != null) {
            poll.ctx().channel().closeFuture().removeListener(poll.abortWatch());
        }
        HttpReplies.send(poll.ctx(), 200, HttpReplies.TEXT_PLAIN, payload, poll.corsHeaders(), poll.keepAlive());
    }

    // ---------------------------------------------------------------- polling requests

    /** A long-polling GET for this session. Call confined (see {@link #execute}). */
    public void onPollGet(ChannelHandlerContext ctx, boolean keepAlive, Map<String, String> corsHeaders) {
        heartbeat.catchUp();
        if (state == State.CLOSED && lingering) {
            // The client closed with a POST that overtook this GET: answer it as if it had been waiting.
            lingering = false;
            sessions.remove(this);
            HttpReplies.send(ctx, 200, HttpReplies.TEXT_PLAIN, EngineWire.NOOP_PACKET, corsHeaders, keepAlive);
            return;
        }
        if (state == State.CLOSED) {
            replyError(ctx, EngineError.UNKNOWN_SID, keepAlive, corsHeaders);
            return;
        }
        if (transport != EngineTransport.POLLING) {
            replyError(ctx, EngineError.BAD_REQUEST, keepAlive, corsHeaders);
            return;
        }
        if (pendingPoll != null) {
            LOG.info("engine session {} closed: overlapping GET requests", id);
            replyError(ctx, EngineError.BAD_REQUEST, keepAlive, corsHeaders);
            doClose("transport error", false);
            return;
        }
        ChannelFutureListener abortWatch = f -> execute(() -> onPollAborted(ctx));
        ctx.channel().closeFuture().addListener(abortWatch);
        pendingPoll = new PendingPoll(ctx, keepAlive, corsHeaders, abortWatch);
        if (!pollBuffer.isEmpty()) {
            flushPoll();
        } else if (state == State.UPGRADING) {
            // As engine.io's upgrade check: a GET during an upgrade gets a noop shortly, unless the
            // upgrade completes first (then the session no longer polls and the GET gets 400).
            PendingPoll poll = pendingPoll;
            schedule(() -> {
                if (pendingPoll == poll && state == State.UPGRADING) {
                    answerPoll(EngineWire.NOOP_PACKET);
                }
            }, UPGRADE_NOOP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void onPollAborted(ChannelHandlerContext ctx) {
        if (pendingPoll != null && pendingPoll.ctx() == ctx) {
            pendingPoll = null;
            if (state == State.OPEN && transport == EngineTransport.POLLING) {
                LOG.debug("engine session {}: poll connection closed prematurely", id);
                doClose("transport close", false);
            }
        }
    }

    /** A long-polling POST carrying packets. Call confined (see {@link #execute}). */
    public void onPollPost(ChannelHandlerContext ctx, byte[] body, boolean keepAlive, Map<String, String> corsHeaders) {
        heartbeat.catchUp();
        if (state == State.CLOSED) {
            replyError(ctx, EngineError.UNKNOWN_SID, keepAlive, corsHeaders);
            return;
        }
        if (transport != EngineTransport.POLLING) {
            replyError(ctx, EngineError.BAD_REQUEST, keepAlive, corsHeaders);
            return;
        }
        DecodeResult<List<EnginePacket>> decoded = sessions.codec().decodePayload(body);
        if (decoded instanceof DecodeResult.Invalid<List<EnginePacket>> invalid) {
            LOG.info("engine session {} closed: invalid polling payload: {}", id, invalid.error().message());
            replyError(ctx, EngineError.BAD_REQUEST, keepAlive, corsHeaders);
            doClose("parse error", false);
            return;
        }
        HttpReplies.send(ctx, 200, HttpReplies.TEXT_HTML, "ok", corsHeaders, keepAlive);
        for (EnginePacket packet : ((DecodeResult.Ok<List<EnginePacket>>) decoded).value()) {
            if (state == State.CLOSED) {
                return;
            }
            onPacket(packet);
        }
    }

    private static void replyError(ChannelHandlerContext ctx, EngineError error, boolean keepAlive,
            Map<String, String> corsHeaders) {
        HttpReplies.send(ctx, error.httpStatus(), HttpReplies.JSON, error.body(), corsHeaders, keepAlive);
    }

    // ---------------------------------------------------------------- WebSocket frames

    /** A text frame from a WebSocket of this session (the transport or the probe); any thread. */
    public void onWsText(Channel ch, String text) {
        if (!confined()) {
            execute(() -> onWsText(ch, text));
            return;
        }
        if (ch != ws && ch != probe) {
            return;
        }
        heartbeat.catchUp();
        if (state == State.CLOSED) {
            return;
        }
        DecodeResult<EnginePacket> decoded = sessions.codec().decodeText(text);
        if (decoded instanceof DecodeResult.Invalid<EnginePacket> invalid) {
            LOG.info("engine session {}: invalid packet over WebSocket: {}", id, invalid.error().message());
            if (ch == ws) {
                doClose("parse error", false);
            } else {
                abortUpgrade("invalid packet during upgrade");
            }
            return;
        }
        EnginePacket packet = ((DecodeResult.Ok<EnginePacket>) decoded).value();
        if (ch == ws) {
            onPacket(packet);
        } else {
            onProbePacket(packet);
        }
    }

    /** A binary frame from a WebSocket of this session; any thread. The array is owned by the session. */
    public void onWsBinary(Channel ch, byte[] data) {
        if (!confined()) {
            execute(() -> onWsBinary(ch, data));
            return;
        }
        if (ch == ws) {
            deliverBinary(data);
        } else if (ch == probe) {
            abortUpgrade("binary frame during upgrade");
        }
    }

    /** A WebSocket of this session closed; any thread. */
    public void onWsClosed(Channel ch) {
        if (!confined()) {
            execute(() -> onWsClosed(ch));
            return;
        }
        if (ch == ws) {
            doClose("transport close", false);
        } else if (ch == probe) {
            abortUpgrade("probe closed");
        }
    }

    /**
     * Starts an upgrade with a probe WebSocket. Call confined (see {@link #execute}).
     *
     * @return false if this session cannot be upgraded now (the caller closes the probe)
     */
    public boolean beginUpgrade(Channel probeChannel) {
        if (state != State.OPEN || transport != EngineTransport.POLLING || probe != null) {
            return false;
        }
        probe = probeChannel;
        upgradeTimer = schedule(() -> {
            if (probe == probeChannel) {
                abortUpgrade("upgrade timeout");
            }
        },
                sessions.config().upgradeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    private void onProbePacket(EnginePacket packet) {
        if (packet.equals(EnginePacket.Ping.PROBE) && state == State.OPEN) {
            // The probe's own handler has already answered with "3probe".
            state = State.UPGRADING;
            // Release a waiting GET so that the client can pause polling.
            if (pendingPoll != null && pollBuffer.isEmpty()) {
                answerPoll(EngineWire.NOOP_PACKET);
            }
        } else if (packet instanceof EnginePacket.Upgrade && state == State.UPGRADING) {
            completeUpgrade();
        } else {
            abortUpgrade("invalid packet during upgrade");
        }
    }

    private void completeUpgrade() {
        upgradeTimer.cancel(false);
        upgradeTimer = null;
        useWebSocket(probe);
        probe = null;
        if (pendingPoll != null) {
            PendingPoll poll = pendingPoll;
            pendingPoll = null;
            if (poll.abortWatch() != null) {
                poll.ctx().channel().closeFuture().removeListener(poll.abortWatch());
            }
            replyError(poll.ctx(), EngineError.BAD_REQUEST, poll.keepAlive(), poll.corsHeaders());
        }
        transport = EngineTransport.WEBSOCKET;
        state = State.OPEN;
        LOG.debug("engine session {} upgraded to websocket", id);
        pollBuffer.drainTo(packet -> writeWs(packet, null));
        if (state != State.CLOSED && ws != null) {
            // Move to the WebSocket's event loop: from now on its frames need no hand-over. Last
            // statement: the rest of this task and later tasks reach the state through the new loop,
            // among them the heartbeat's move to that loop's wheel.
            executor.moveTo(ws.eventLoop());
            executor.execute(heartbeat::rearm);
        }
    }

    private void abortUpgrade(String why) {
        if (probe == null) {
            return;
        }
        LOG.debug("engine session {}: upgrade aborted ({})", id, why);
        if (upgradeTimer != null) {
            upgradeTimer.cancel(false);
            upgradeTimer = null;
        }
        Channel p = probe;
        probe = null;
        if (state == State.UPGRADING) {
            state = State.OPEN;
        }
        p.close();
    }

    // ---------------------------------------------------------------- inbound packets

    private void onPacket(EnginePacket packet) {
        if (packet instanceof EnginePacket.TextMessage m) {
            deliverText(m.data());
        } else if (packet instanceof EnginePacket.BinaryMessage m) {
            deliverBinary(m.data());
        } else if (packet instanceof EnginePacket.Pong) {
            heartbeat.onPong();
        } else if (packet instanceof EnginePacket.Close) {
            doClose("transport close", true);
        } else if (packet instanceof EnginePacket.Open) {
            LOG.info("engine session {} closed: unexpected open packet", id);
            doClose("parse error", false);
        }
        // Ping, Upgrade and Noop outside an upgrade carry nothing for the session.
    }

    private void deliverText(String text) {
        try {
            listener.onText(text);
        } catch (RuntimeException e) {
            LOG.error("message listener failed for session {}", id, e);
        }
    }

    private void deliverBinary(byte[] data) {
        try {
            listener.onBinary(data);
        } catch (RuntimeException e) {
            LOG.error("message listener failed for session {}", id, e);
        }
    }

    // ---------------------------------------------------------------- close

    private void doClose(String reason, boolean byClient) {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        open = false;
        if (byClient && pendingPoll == null && transport == EngineTransport.POLLING) {
            // Requests of one client may overtake each other across connections: keep the sid a moment
            // so that a GET sent before the closing POST still gets its answer.
            lingering = true;
            schedule(() -> {
                lingering = false;
                sessions.remove(this);
            }, LINGER_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            sessions.remove(this);
        }
        heartbeat.stop();
        if (upgradeTimer != null) {
            upgradeTimer.cancel(false);
            upgradeTimer = null;
        }
        if (probe != null) {
            probe.close();
            probe = null;
        }
        if (pendingPoll != null) {
            // engine.io answers a waiting GET with a noop when the client closed, else with what is
            // queued and a close packet.
            if (byClient) {
                pollBuffer.clear();
                answerPoll(EngineWire.NOOP_PACKET);
            } else {
                answerPoll(pollBuffer.drainPayload(EngineWire.CLOSE_PACKET));
            }
        }
        if (pollBuffer != null) {
            pollBuffer.clear();
        }
        if (ws != null && ws.isActive()) {
            Channel ch = ws;
            if (ch.eventLoop().isShuttingDown()) {
                // The loop takes no more tasks (listeners, timers): just drop the connection.
                ch.close();
            } else {
                ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE))
                        .addListener(ChannelFutureListener.CLOSE);
                // A peer that stopped reading (ping timeout) may never take the close frame: do not wait for it long.
                ch.eventLoop().schedule(() -> {
                    ch.close();
                }, CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        LOG.debug("engine session {} closed: {}", id, reason);
        Object listeners;
        synchronized (this) {
            listeners = closeListeners;
        }
        if (listeners instanceof List<?> list) {
            for (Object l : list) {
                notifyClosed(castListener(l), reason);
            }
        } else if (listeners != null) {
            notifyClosed(castListener(listeners), reason);
        }
    }

    @SuppressWarnings("unchecked")
    private static Consumer<String> castListener(Object listener) {
        return (Consumer<String>) listener;
    }

    private void notifyClosed(Consumer<String> listener, String reason) {
        try {
            listener.accept(reason);
        } catch (RuntimeException e) {
            LOG.error("close listener failed for session {}", id, e);
        }
    }
}
