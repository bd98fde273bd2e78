package dev.chat.server.internal.engine;

import dev.chat.protocol.engineio.Heartbeat;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drives chat-protocol's sans-I/O {@link Heartbeat} with one timer on the session's executor: time
 * comes from the event loop's ticker, the heartbeat says when to ping and when to give up. Confined to
 * the session.
 */
final class HeartbeatTimer {

    /** What the session does when the heartbeat says so. */
    interface Actions {
        /** Queue a ping packet. */
        void sendPing();

        /** Close the session: the pong is late. */
        void timeout();
    }

    private final Heartbeat heartbeat;
    private final SessionExecutor executor;
    private final Ticker ticker;
    private final Actions actions;
    private ScheduledFuture<?> timer;
    private long timerDeadline = Heartbeat.NO_DEADLINE;
    private long generation;

    HeartbeatTimer(Heartbeat heartbeat, SessionExecutor executor, Ticker ticker, Actions actions) {
        this.heartbeat = heartbeat;
        this.executor = executor;
        this.ticker = ticker;
        this.actions = actions;
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
        return TimeUnit.NANOSECONDS.toMillis(ticker.nanoTime());
    }

    private void apply(Heartbeat.Step step) {
        switch (step.action()) {
            case SEND_PING -> actions.sendPing();
            case CLOSE -> {
                actions.timeout();
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
        // Whatever timer was armed before is void now, even if it already fired and waits in the inbox.
        long armed = ++generation;
        timerDeadline = deadline;
        if (deadline != Heartbeat.NO_DEADLINE && !heartbeat.isStopped()) {
            timer = executor.schedule(() -> onTimer(armed), Math.max(0, deadline - nowMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void onTimer(long armed) {
        if (armed != generation) {
            return;
        }
        timer = null;
        if (!heartbeat.isStopped()) {
            // A late timer acts at the time it was due, so that the schedule does not drift.
            apply(heartbeat.tick(Math.min(nowMillis(), heartbeat.nextDeadlineMillis())));
        }
    }
}
