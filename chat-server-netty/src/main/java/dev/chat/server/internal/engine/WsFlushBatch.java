package dev.chat.server.internal.engine;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket sessions of one event loop that wrote in the current loop turn, flushed together by
 * one task: one task per turn instead of one per session (a chat message reaches two or three
 * sessions, and one read batch carries several messages). Used only on its loop's thread.
 */
final class WsFlushBatch implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WsFlushBatch.class);
    private static final FastThreadLocal<WsFlushBatch> CURRENT = new FastThreadLocal<>();

    private final EventLoop loop;
    private EngineSession[] sessions = new EngineSession[16];
    private int size;

    private WsFlushBatch(EventLoop loop) {
        this.loop = loop;
    }

    /** Flushes {@code session} at the end of this loop turn; call on {@code loop}'s thread. */
    static void add(EventLoop loop, EngineSession session) {
        WsFlushBatch batch = CURRENT.getIfExists();
        if (batch == null || batch.loop != loop) {
            batch = new WsFlushBatch(loop);
            CURRENT.set(batch);
        }
        batch.append(session);
    }

    private void append(EngineSession session) {
        if (size == sessions.length) {
            sessions = Arrays.copyOf(sessions, size * 2);
        }
        sessions[size++] = session;
        if (size == 1) {
            loop.execute(this);
        }
    }

    @Override
    public void run() {
        // A flush may make another session write (a close listener): it joins this batch.
        for (int i = 0; i < size; i++) {
            EngineSession session = sessions[i];
            sessions[i] = null;
            try {
                session.flushWs();
            } catch (RuntimeException e) {
                LOG.error("engine session {}: flush failed", session.id(), e);
            }
        }
        size = 0;
    }
}
