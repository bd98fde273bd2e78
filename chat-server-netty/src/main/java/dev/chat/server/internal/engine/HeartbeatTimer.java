package dev.chat.server.internal.engine;

import dev.chat.protocol.engineio.Heartbeat;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drives chat-protocol's sans-I/O {@link Heartbeat} with one timer on the session's event loop: time
 * comes from the event loop's ticker, the heartbeat says when to ping and when to give up. Confined to
 * the session. The timer's task is this object itself (no closure per arming, every session has one).
 */
final class HeartbeatTimer implements Runnable {

    private final Heartbeat heartbeat;
    /** Told when to ping and when the pong is late. */
    private final EngineSession session;
    private ScheduledFuture<?> timer;
    private long timerDeadline = Heartbeat.NO_DEADLINE;

    /** The session's executor and its loop's clock are the session's: every session keeps a timer. */
    HeartbeatTimer(Heartbeat heartbeat, EngineSession session) {
        this.heartbeat = heartbeat;
        this.session = session;
    }

    void start() {
        apply(heartbeat.start(nowMillis()));
    }

    void onPong() {
        apply(heartbeat.onPong(nowMillis()));
    }

    /**
     * Brings the heartbeat up to date before peer input is handled: a deadline that has passed counts
     * even if its timer has not fired yet, so a request arriving after the pong deadline finds the
     * session closed.
     */
    void catchUp() {
        long deadline = heartbeat.nextDeadlineMillis();
        if (!heartbeat.isStopped() && deadline != Heartbeat.NO_DEADLINE && nowMillis() >= deadline) {
            apply(heartbeat.tick(deadline));
        }
    }

    void stop() {
        heartbeat.stop();
        arm(Heartbeat.NO_DEADLINE);
    }

    private long nowMillis() {
        // The event loop's clock: the one its timers use, and a mock one in EmbeddedChannel tests.
        EventLoop loop = session.executor().loop();
        Ticker ticker = loop instanceof AbstractScheduledEventExecutor scheduled ? scheduled.ticker() : Ticker.systemTicker();
        return TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime());
    }

    private void apply(Heartbeat.Step step) {
        switch (step.action()) {
            case SEND_PING -> session.heartbeatPing();
            case CLOSE -> {
                session.heartbeatTimeout();
                return;
            }
            default -> { }
        }
        arm(step.nextDeadlineMillis());
    }

    private void arm(long deadline) {
        if (deadline == timerDeadline && timer != null) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        timerDeadline = deadline;
        if (deadline != Heartbeat.NO_DEADLINE && !heartbeat.isStopped()) {
            timer = session.executor().loop().schedule(this, Math.max(0, deadline - nowMillis()), TimeUnit.MILLISECONDS);
        }
    }

    /** A timer fired, on the loop it was armed on: acts confined to the session. */
    @Override
    public void run() {
        session.executor().runConfined(this::onTimer);
    }

    private void onTimer() {
        if (heartbeat.isStopped()) {
            return;
        }
        // A timer armed earlier may still fire (cancelled too late, or waiting in the inbox): whichever
        // timer this is, act only once the heartbeat's own deadline has come. Before that, the armed
        // timer stays; at it, a timer fires no earlier than the deadline it was armed for.
        long deadline = heartbeat.nextDeadlineMillis();
        if (deadline == Heartbeat.NO_DEADLINE || nowMillis() < deadline) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        timerDeadline = Heartbeat.NO_DEADLINE;
        apply(heartbeat.tick(deadline));
    }
}
