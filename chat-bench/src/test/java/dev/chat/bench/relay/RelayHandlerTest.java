package dev.chat.bench.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RelayHandlerTest {
  private static final String SECRET = "relay-test-secret";
  private final RelayState state = new RelayState(new RelayAuth(SECRET));
  private final EmbeddedChannel alice = new EmbeddedChannel(new RelayHandler(state));
  private final EmbeddedChannel bob = new EmbeddedChannel(new RelayHandler(state));

  private static String token(long user) {
    return JWT.create().withSubject(Long.toString(user)).sign(Algorithm.HMAC256(SECRET));
  }

  private static String read(EmbeddedChannel ch) {
    TextWebSocketFrame frame = ch.readOutbound();
    assertThat(frame).as("an outbound frame").isNotNull();
    try {
      return frame.text();
    } finally {
      frame.release();
    }
  }

  private static void in(EmbeddedChannel ch, String text) {
    ch.writeInbound(new TextWebSocketFrame(text));
  }

  @AfterEach
  void finish() {
    assertFalse(alice.finish());
    assertFalse(bob.finish());
  }

  @Test
  void refusesABadToken() {
    in(alice, "40{\"token\":\"nope\"}");
    assertThat(read(alice)).isEqualTo("44{\"message\":\"Authentication error\"}");
  }

  @Test
  void sendReachesTheRoomAndTheReceiversUserRoom() {
    in(alice, "40{\"token\":\"Bearer " + token(1) + "\"}");
    in(bob, "40{\"token\":\"" + token(2) + "\"}");
    assertThat(read(alice)).startsWith("40{\"sid\":\"relay");
    assertThat(read(bob)).startsWith("40{\"sid\":\"relay");
    in(alice, "42[\"join_conversation\",7]");
    in(bob, "42[\"join_conversation\",\"7\"]");
    in(alice, "42[\"send_message\",{\"conversationId\":7,\"content\":\"hi\",\"toUserId\":2}]");
    alice.runPendingTasks();
    bob.runPendingTasks();
    assertThat(read(alice)).startsWith("42[\"new_message\",{\"id\":1,\"conversation_id\":7,\"sender_id\":1,\"receiver_id\":2,\"content\":\"hi\"");
    String[] toBob = {read(bob), read(bob)};
    assertThat(toBob[0]).startsWith("42[\"new_message\",{\"id\":1,");
    assertThat(toBob[1]).startsWith("42[\"message_notification\",{\"id\":1,").endsWith(",\"type\":\"new_message\"}]");
    assertThat((Object) alice.readOutbound()).isNull();
    assertThat((Object) bob.readOutbound()).isNull();
  }

  @Test
  void aMalformedSendIsAnErrorEvent() {
    in(alice, "40{\"token\":\"" + token(1) + "\"}");
    read(alice);
    in(alice, "42[\"send_message\",{\"conversationId\":7}]");
    assertThat(read(alice)).isEqualTo("42[\"error\",{\"message\":\"Failed to send message\"}]");
  }
}
