package dev.chat.server.internal.engine;

import dev.chat.protocol.engineio.Heartbeat;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.AbstractScheduledEventExecutor;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.TimeUnit;

/**
 * Drives chat-protocol's sans-I/O {@link Heartbeat} for one session: time comes from the event loop's
 * ticker, the heartbeat says when to ping and when to give up, and the loop's {@link HeartbeatWheel}
 * calls back at each deadline. Confined to the session.
 */
final class HeartbeatTimer {

    private final Heartbeat heartbeat;
    /** Told when to ping and when the pong is late. */
    private final EngineSession session;
    /** The deadline the wheel holds an entry for; older entries are stale. */
    private long armedDeadline = Heartbeat.NO_DEADLINE;

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
     * even if the wheel has not ticked yet, so a request arriving after the pong deadline finds the
     * session closed.
     */
    void catchUp() {
        tickIfDue();
    }

    void stop() {
        heartbeat.stop();
        armedDeadline = Heartbeat.NO_DEADLINE;
    }

    /** The session moved to another loop: waits on that loop's wheel. Call confined, on the new loop. */
    void rearm() {
        long deadline = armedDeadline;
        armedDeadline = Heartbeat.NO_DEADLINE;
        arm(deadline);
    }

    /** The loop's clock: the one its timers use, and a mock one in EmbeddedChannel tests. */
    static long nowMillis(EventLoop loop) {
        Ticker ticker = loop instanceof AbstractScheduledEventExecutor scheduled ? scheduled.ticker() : Ticker.systemTicker();
        return TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime());
    }

    private long nowMillis() {
        return nowMillis(session.executor().loop());
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
        if (deadline == armedDeadline || deadline == Heartbeat.NO_DEADLINE || heartbeat.isStopped()) {
            return;
        }
        armedDeadline = deadline;
        session.heartbeatWheel().add(this, deadline);
    }

    /**
     * The wheel of {@code loop} found this timer's entry for {@code deadline} due: acts, confined to
     * the session, unless the timer has moved on since (a later deadline, stopped, another loop).
     */
    void fireIfStillDue(long deadline, EventLoop loop) {
        if (deadline == armedDeadline && session.executor().loop() == loop) {
            session.executor().runConfined(this::tickIfDue);
        }
    }

    /**
     * Ticks the heartbeat if its deadline has come, at that deadline: the schedule engine.io keeps
     * (a pong is due {@code pingTimeout} after the ping's deadline, even if a tick sent it late), which
     * the official test suite checks to the millisecond.
     */
    private void tickIfDue() {
        long deadline = heartbeat.nextDeadlineMillis();
        if (!heartbeat.isStopped() && deadline != Heartbeat.NO_DEADLINE && nowMillis() >= deadline) {
            apply(heartbeat.tick(deadline));
        }
    }
}
