package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.protocol.socketio.SocketPacket;
import java.util.Optional;

/**
 * Everything the generator encodes or decodes with the project's own {@code chat-protocol}: the
 * Engine.IO open, the Socket.IO CONNECT with the token and its answer, joins, pings, server
 * {@code error} events, the {@code send_message} frame template, and the cross-check of sampled
 * deliveries. The codec is what a real client would use; the generator's per-message hot path
 * only reuses the template it produced.
 */
final class ControlCodec {
  /** Where the content goes in the {@code send_message} template. */
  private static final String MARKER = "@@content@@";

  private final EngineCodec engine = EngineCodec.create();
  private final SocketEncoder encoder = SocketEncoder.create();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  /** A check's outcome: fine, or the sentence saying what was wrong. */
  record Outcome(boolean ok, String problem) {
    static final Outcome OK = new Outcome(true, "");

    static Outcome problem(String why) {
      return new Outcome(false, why);
    }
  }

  /**
   * Checks the Engine.IO open packet. An open packet the codec rejects but that is one
   * ({@code 0{...}}) is tolerated, as socket.io-client tolerates it, and the codec's reason is
   * returned for the record: netty-socketio 2.0.14 sends no {@code maxPayload}.
   */
  Outcome checkOpen(String frame) {
    DecodeResult<EnginePacket> decoded = engine.decodeText(frame);
    if (decoded instanceof DecodeResult.Ok<EnginePacket> ok && ok.value() instanceof EnginePacket.Open) {
      return Outcome.OK;
    }
    if (decoded instanceof DecodeResult.Invalid<EnginePacket> invalid && frame.startsWith("0{")) {
      return new Outcome(true, "codec rejected the open packet (" + invalid.error().message() + "): " + frame);
    }
    return Outcome.problem("expected the Engine.IO open packet, got: " + frame);
  }

  String connectText(String token) {
    ObjectNode auth = nodes.objectNode().put("token", token);
    return encoder.encodeFrame(new SocketPacket.Connect(SocketPacket.MAIN_NAMESPACE, auth)).text();
  }

  Outcome checkConnectAck(String frame) {
    Optional<SocketPacket> packet = socketPacket(frame);
    if (packet.isPresent() && packet.get() instanceof SocketPacket.Connect) {
      return Outcome.OK;
    }
    if (packet.isPresent() && packet.get() instanceof SocketPacket.ConnectError error) {
      return Outcome.problem("CONNECT refused: " + error.data());
    }
    return Outcome.problem("expected the CONNECT answer, got: " + frame);
  }

  String joinText(long conversationId) {
    return encoder.encodeFrame(SocketPacket.Event.of("join_conversation", LongNode.valueOf(conversationId))).text();
  }

  /** The {@code send_message} frame split around its content: {prefix, suffix}. */
  String[] sendTemplate(long conversationId, long toUserId) {
    ObjectNode payload = nodes.objectNode()
        .put("conversationId", conversationId)
        .put("content", MARKER)
        .put("toUserId", toUserId);
    String text = encoder.encodeFrame(SocketPacket.Event.of("send_message", payload)).text();
    int at = text.indexOf(MARKER);
    return new String[] {text.substring(0, at), text.substring(at + MARKER.length())};
  }

  /** The pong answering {@code frame} when it is a ping, else null. */
  String pongFor(String frame) {
    if (engine.decodeText(frame) instanceof DecodeResult.Ok<EnginePacket> ok
        && ok.value() instanceof EnginePacket.Ping ping) {
      return engine.encodeText(new EnginePacket.Pong(ping.data()));
    }
    return null;
  }

  boolean isErrorEvent(String frame) {
    return socketPacket(frame).filter(p -> p instanceof SocketPacket.Event e && e.name().equals("error")).isPresent();
  }

  /** True when the codec reads {@code frame} as event {@code name} whose content starts with {@code number}. */
  boolean isDeliveryWithContent(String frame, String name, long number) {
    Optional<SocketPacket> packet = socketPacket(frame);
    if (packet.isEmpty() || !(packet.get() instanceof SocketPacket.Event event)
        || !event.name().equals(name) || event.args().isEmpty()) {
      return false;
    }
    JsonNode content = event.args().get(0).path("content");
    String text = content.isTextual() ? content.asText() : "";
    String prefix = Long.toString(number);
    return text.startsWith(prefix) && (text.length() == prefix.length() || text.charAt(prefix.length()) == ':');
  }

  private Optional<SocketPacket> socketPacket(String frame) {
    if (!(engine.decodeText(frame) instanceof DecodeResult.Ok<EnginePacket> ok)
        || !(ok.value() instanceof EnginePacket.TextMessage message)) {
      return Optional.empty();
    }
    DecodeResult<Optional<SocketPacket>> decoded =
        SocketDecoder.forClient(ProtocolLimits.DEFAULTS).decodeText(message.data());
    if (decoded instanceof DecodeResult.Ok<Optional<SocketPacket>> packet) {
      return packet.value();
    }
    return Optional.empty();
  }
}
