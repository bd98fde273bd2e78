package dev.chat.protocol.engineio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chat.protocol.engineio.Heartbeat.Action;
import dev.chat.protocol.engineio.Heartbeat.Step;
import org.junit.jupiter.api.Test;

/** The heartbeat driven by a fake clock: plain longs, no timers, no sleeps. */
class HeartbeatTest {
  private static final long INTERVAL = 25_000;
  private static final long TIMEOUT = 20_000;

  @Test
  void serverPingsEveryIntervalWhilePongsArrive() {
    Heartbeat heartbeat = Heartbeat.forServer(INTERVAL, TIMEOUT);
    assertThat(heartbeat.start(1_000)).isEqualTo(new Step(Action.NONE, 26_000));
    assertThat(heartbeat.tick(25_999)).isEqualTo(new Step(Action.NONE, 26_000));
    assertThat(heartbeat.tick(26_000)).isEqualTo(new Step(Action.SEND_PING, 46_000));
    assertThat(heartbeat.isAwaitingPong()).isTrue();
    assertThat(heartbeat.onPong(26_300)).isEqualTo(new Step(Action.NONE, 51_300));
    assertThat(heartbeat.isAwaitingPong()).isFalse();
    assertThat(heartbeat.tick(51_300)).isEqualTo(new Step(Action.SEND_PING, 71_300));
    assertThat(heartbeat.onPong(71_299)).isEqualTo(new Step(Action.NONE, 96_299));
    assertThat(heartbeat.nextDeadlineMillis()).isEqualTo(96_299);
    assertThat(heartbeat.isStopped()).isFalse();
  }

  @Test
  void serverClosesWhenThePongIsLate() {
    Heartbeat heartbeat = Heartbeat.forServer(INTERVAL, TIMEOUT);
    heartbeat.start(0);
    assertThat(heartbeat.tick(25_000).action()).isEqualTo(Action.SEND_PING);
    assertThat(heartbeat.tick(44_999)).isEqualTo(new Step(Action.NONE, 45_000));
    assertThat(heartbeat.tick(45_000)).isEqualTo(new Step(Action.CLOSE, Heartbeat.NO_DEADLINE));
    assertThat(heartbeat.isStopped()).isTrue();
    assertThat(Heartbeat.TIMEOUT_REASON).isEqualTo("ping timeout");
    // a pong after the close changes nothing
    assertThat(heartbeat.onPong(45_001)).isEqualTo(new Step(Action.NONE, Heartbeat.NO_DEADLINE));
    assertThat(heartbeat.tick(100_000)).isEqualTo(new Step(Action.NONE, Heartbeat.NO_DEADLINE));
  }

  @Test
  void serverPingsOnlyOnceWhenTickedLate() {
    Heartbeat heartbeat = Heartbeat.forServer(INTERVAL, TIMEOUT);
    heartbeat.start(0);
    // the event loop was busy: the tick comes 10 s late; the pong window counts from the ping
    assertThat(heartbeat.tick(35_000)).isEqualTo(new Step(Action.SEND_PING, 55_000));
    assertThat(heartbeat.tick(35_000)).isEqualTo(new Step(Action.NONE, 55_000));
  }

  @Test
  void serverIgnoresAPongNobodyAskedFor() {
    Heartbeat heartbeat = Heartbeat.forServer(INTERVAL, TIMEOUT);
    heartbeat.start(0);
    assertThat(heartbeat.onPong(10_000)).isEqualTo(new Step(Action.NONE, 25_000));
    assertThat(heartbeat.tick(25_000).action()).isEqualTo(Action.SEND_PING);
  }

  @Test
  void clientAnswersPingsAndClosesWhenTheyStop() {
    Heartbeat heartbeat = Heartbeat.forClient(INTERVAL, TIMEOUT);
    assertThat(heartbeat.start(0)).isEqualTo(new Step(Action.NONE, 45_000));
    assertThat(heartbeat.onPing(25_000)).isEqualTo(new Step(Action.SEND_PONG, 70_000));
    assertThat(heartbeat.tick(69_999)).isEqualTo(new Step(Action.NONE, 70_000));
    assertThat(heartbeat.tick(70_000)).isEqualTo(new Step(Action.CLOSE, Heartbeat.NO_DEADLINE));
    assertThat(heartbeat.onPing(70_001)).isEqualTo(new Step(Action.NONE, Heartbeat.NO_DEADLINE));
  }

  @Test
  void stopEndsTheHeartbeat() {
    Heartbeat heartbeat = Heartbeat.forServer(INTERVAL, TIMEOUT);
    heartbeat.start(0);
    heartbeat.stop();
    heartbeat.stop();
    assertThat(heartbeat.isStopped()).isTrue();
    assertThat(heartbeat.tick(1_000_000)).isEqualTo(new Step(Action.NONE, Heartbeat.NO_DEADLINE));
  }

  @Test
  void misuseIsRejected() {
    assertThatThrownBy(() -> Heartbeat.forServer(0, TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pingInterval must be positive: 0");
    assertThatThrownBy(() -> Heartbeat.forClient(INTERVAL, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pingTimeout must be positive: -1");
    Heartbeat server = Heartbeat.forServer(INTERVAL, TIMEOUT);
    assertThatThrownBy(() -> server.tick(0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Heartbeat not started");
    server.start(0);
    assertThatThrownBy(() -> server.start(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Heartbeat already started");
    assertThatThrownBy(() -> server.onPing(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("onPing is for a client heartbeat");
    Heartbeat client = Heartbeat.forClient(INTERVAL, TIMEOUT);
    client.start(0);
    assertThatThrownBy(() -> client.onPong(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("onPong is for a server heartbeat");
  }
}
