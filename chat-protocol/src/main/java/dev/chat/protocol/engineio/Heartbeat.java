package dev.chat.protocol.engineio;

import java.util.Locale;

/**
 * The Engine.IO v4 heartbeat as a sans-I/O state machine. It keeps no clock and starts no timer:
 * every method takes the current time in milliseconds and returns a {@link Step} saying what to do
 * now and when to call {@link #tick(long)} next.
 *
 * <p>Server side ({@link #forServer}): {@code pingInterval} after {@link #start} (and after each
 * pong) it asks to send a ping; if no pong arrives within {@code pingTimeout} after that, it asks to
 * close with {@link #TIMEOUT_REASON}.
 *
 * <p>Client side ({@link #forClient}): it expects a ping within {@code pingInterval + pingTimeout}
 * of {@link #start} and of the previous ping; each ping asks to send a pong; a missing ping asks to
 * close with {@link #TIMEOUT_REASON}.
 *
 * <p>Not thread-safe: drive it from the one thread that owns the connection. Once it has asked to
 * close, or after {@link #stop()}, every call returns {@link Action#NONE} with no deadline.
 */
public final class Heartbeat {

  /** The close reason engine.io reports when the heartbeat fails: {@code "ping timeout"}. */
  public static final String TIMEOUT_REASON = "ping timeout";

  /** The deadline of a heartbeat that needs no more ticks. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  /** What the owner of the connection must do now. */
  public enum Action {
    /** Nothing. */
    NONE,
    /** Send an Engine.IO ping packet ({@code 2}). */
    SEND_PING,
    /** Send an Engine.IO pong packet ({@code 3}). */
    SEND_PONG,
    /** Close the connection with reason {@link #TIMEOUT_REASON}. */
    CLOSE
  }

  /**
   * What to do now and when to tick next.
   *
   * @param action what to do now
   * @param nextDeadlineMillis when to call {@link #tick(long)} next, {@link #NO_DEADLINE} if never
   */
  public record Step(Action action, long nextDeadlineMillis) {}

  private enum Side {
    SERVER,
    CLIENT
  }

  private enum State {
    NEW,
    /** Server: waiting until it is time to ping. */
    WAITING_TO_PING,
    /** Server: a ping is out, waiting for its pong. */
    AWAITING_PONG,
    /** Client: waiting for the next ping. */
    AWAITING_PING,
    /** Terminal: timed out or stopped. */
    STOPPED
  }

  private final Side side;
  private final long pingInterval;
  private final long pingTimeout;
  private State state = State.NEW;
  private long deadline = NO_DEADLINE;

  private Heartbeat(Side side, long pingInterval, long pingTimeout) {
    if (pingInterval < 1) {
      throw new IllegalArgumentException("pingInterval must be positive: " + pingInterval);
    }
    if (pingTimeout < 1) {
      throw new IllegalArgumentException("pingTimeout must be positive: " + pingTimeout);
    }
    this.side = side;
    this.pingInterval = pingInterval;
    this.pingTimeout = pingTimeout;
  }

  /**
   * Creates the server side: it sends pings and expects pongs.
   *
   * @param pingIntervalMillis milliseconds between a pong (or the start) and the next ping
   * @param pingTimeoutMillis milliseconds the client has to answer a ping
   * @return a heartbeat in its initial state; call {@link #start(long)} after the handshake
   */
  public static Heartbeat forServer(long pingIntervalMillis, long pingTimeoutMillis) {
    return new Heartbeat(Side.SERVER, pingIntervalMillis, pingTimeoutMillis);
  }

  /**
   * Creates the client side: it answers pings and expects one within {@code pingInterval +
   * pingTimeout}.
   *
   * @param pingIntervalMillis the handshake's {@code pingInterval}
   * @param pingTimeoutMillis the handshake's {@code pingTimeout}
   * @return a heartbeat in its initial state; call {@link #start(long)} after the handshake
   */
  public static Heartbeat forClient(long pingIntervalMillis, long pingTimeoutMillis) {
    return new Heartbeat(Side.CLIENT, pingIntervalMillis, pingTimeoutMillis);
  }

  /**
   * Starts the heartbeat when the handshake completes.
   *
   * @param nowMillis the current time
   * @return {@link Action#NONE} and the first deadline
   * @throws IllegalStateException if already started
   */
  public Step start(long nowMillis) {
    if (state != State.NEW) {
      throw new IllegalStateException("Heartbeat already started");
    }
    if (side == Side.SERVER) {
      return moveTo(State.WAITING_TO_PING, nowMillis + pingInterval, Action.NONE);
    }
    return moveTo(State.AWAITING_PING, nowMillis + pingInterval + pingTimeout, Action.NONE);
  }

  /**
   * Advances time. Call it at (or after) {@link Step#nextDeadlineMillis()}; calling early is
   * harmless.
   *
   * @param nowMillis the current time
   * @return {@link Action#SEND_PING} (server, interval elapsed), {@link Action#CLOSE} (timeout) or
   *     {@link Action#NONE}, with the next deadline
   */
  public Step tick(long nowMillis) {
    if (state == State.NEW) {
      throw new IllegalStateException("Heartbeat not started");
    }
    if (state == State.STOPPED || nowMillis < deadline) {
      return new Step(Action.NONE, deadline);
    }
    return switch (state) {
      case WAITING_TO_PING -> moveTo(State.AWAITING_PONG, nowMillis + pingTimeout, Action.SEND_PING);
      case AWAITING_PONG, AWAITING_PING -> moveTo(State.STOPPED, NO_DEADLINE, Action.CLOSE);
      default -> throw new AssertionError(state);
    };
  }

  /**
   * Server side: a pong arrived. Schedules the next ping {@code pingInterval} from now. A pong
   * nobody asked for is ignored.
   *
   * @param nowMillis the current time
   * @return {@link Action#NONE} and the next deadline
   * @throws IllegalStateException on a client heartbeat, or before {@link #start(long)}
   */
  public Step onPong(long nowMillis) {
    requireSide(Side.SERVER, "onPong");
    if (state == State.AWAITING_PONG) {
      return moveTo(State.WAITING_TO_PING, nowMillis + pingInterval, Action.NONE);
    }
    return new Step(Action.NONE, deadline);
  }

  /**
   * Client side: a ping arrived. Resets the timeout and asks to answer with a pong.
   *
   * @param nowMillis the current time
   * @return {@link Action#SEND_PONG} and the next deadline ({@link Action#NONE} once stopped)
   * @throws IllegalStateException on a server heartbeat, or before {@link #start(long)}
   */
  public Step onPing(long nowMillis) {
    requireSide(Side.CLIENT, "onPing");
    if (state == State.STOPPED) {
      return new Step(Action.NONE, deadline);
    }
    return moveTo(State.AWAITING_PING, nowMillis + pingInterval + pingTimeout, Action.SEND_PONG);
  }

  /** Stops the heartbeat when the connection closes for another reason. Idempotent. */
  public void stop() {
    state = State.STOPPED;
    deadline = NO_DEADLINE;
  }

  /**
   * Returns when {@link #tick(long)} must next be called.
   *
   * @return the deadline in milliseconds, {@link #NO_DEADLINE} if none
   */
  public long nextDeadlineMillis() {
    return deadline;
  }

  /**
   * Tells whether the heartbeat has timed out or been stopped.
   *
   * @return true in the terminal state
   */
  public boolean isStopped() {
    return state == State.STOPPED;
  }

  /**
   * Tells whether a ping is out and its pong not yet received (server side).
   *
   * @return true while waiting for a pong
   */
  public boolean isAwaitingPong() {
    return state == State.AWAITING_PONG;
  }

  private void requireSide(Side expected, String method) {
    if (side != expected) {
      throw new IllegalStateException(
          method + " is for a " + expected.name().toLowerCase(Locale.ROOT) + " heartbeat");
    }
    if (state == State.NEW) {
      throw new IllegalStateException("Heartbeat not started");
    }
  }

  private Step moveTo(State next, long nextDeadline, Action action) {
    state = next;
    deadline = nextDeadline;
    return new Step(action, nextDeadline);
  }
}
