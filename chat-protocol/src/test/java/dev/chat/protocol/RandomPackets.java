package dev.chat.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.engineio.Handshake;
import dev.chat.protocol.socketio.SocketPacket;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Generates packets from a seeded {@link Random}, so a failing case can be replayed from its seed.
 * Values are chosen to survive a JSON round trip exactly: integral numbers as int, long or big
 * integer by magnitude, and doubles with a fraction.
 */
public final class RandomPackets {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] NAMESPACES = {"/", "/", "/admin", "/chat-room_1", "/ünïcödé", "/a/b"};
  private static final String ALPHABET =
      "abcXYZ019 _-\"\\/\n\t\u0001\u001f\u007f€😀ü{}[],:'";

  private final Random random;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public RandomPackets(long seed) {
    this.random = new Random(seed);
  }

  /** A Socket.IO packet a client may send or receive (event names are never reserved). */
  public SocketPacket socketPacket() {
    String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
    return switch (random.nextInt(5)) {
      case 0 -> new SocketPacket.Connect(namespace, random.nextBoolean() ? null : object(2, false));
      case 1 -> new SocketPacket.Disconnect(namespace);
      case 2 -> new SocketPacket.Event(namespace, "e" + text(12), args(), ackId());
      case 3 -> new SocketPacket.Ack(namespace, ackId().orElse(0), args());
      default -> new SocketPacket.ConnectError(
          namespace, random.nextBoolean() ? NODES.textNode(text(20)) : object(2, false));
    };
  }

  /** An Engine.IO packet that can travel in a polling payload (text contains no separator). */
  public EnginePacket enginePacket() {
    return switch (random.nextInt(8)) {
      case 0 -> new EnginePacket.Open(
          new Handshake(
              "s" + text(20),
              random.nextBoolean() ? List.of("websocket") : List.of(),
              1 + random.nextInt(100_000),
              1 + random.nextInt(100_000),
              1 + random.nextInt(10_000_000)));
      case 1 -> new EnginePacket.Close();
      case 2 -> random.nextBoolean() ? EnginePacket.Ping.HEARTBEAT : EnginePacket.Ping.PROBE;
      case 3 -> random.nextBoolean() ? EnginePacket.Pong.HEARTBEAT : EnginePacket.Pong.PROBE;
      case 4 -> new EnginePacket.TextMessage(text(40));
      case 5 -> new EnginePacket.BinaryMessage(bytes());
      case 6 -> new EnginePacket.Upgrade();
      default -> new EnginePacket.Noop();
    };
  }

  private OptionalLong ackId() {
    return switch (random.nextInt(4)) {
      case 0 -> OptionalLong.empty();
      case 1 -> OptionalLong.of(random.nextInt(1000));
      case 2 -> OptionalLong.of(Long.MAX_VALUE);
      default -> OptionalLong.of(random.nextLong() & Long.MAX_VALUE);
    };
  }

  private List<JsonNode> args() {
    List<JsonNode> args = new ArrayList<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      args.add(value(3, true));
    }
    return args;
  }

  private JsonNode value(int depth, boolean binary) {
    int kinds = depth > 0 ? 10 : 8;
    return switch (random.nextInt(kinds)) {
      case 0 -> NODES.textNode(text(30));
      case 1 -> NODES.numberNode(random.nextInt());
      case 2 -> NODES.numberNode((random.nextBoolean() ? 1L : -1L) * (1L << 40) * (1 + random.nextInt(1000)));
      case 3 -> NODES.numberNode(new BigInteger(80, random).add(BigInteger.ONE.shiftLeft(70)));
      case 4 -> NODES.numberNode(random.nextInt(1000) + 0.5 + random.nextInt(1000) / 2048.0);
      case 5 -> NODES.booleanNode(random.nextBoolean());
      case 6 -> NODES.nullNode();
      case 7 -> binary ? BinaryNode.valueOf(bytes()) : NODES.textNode("");
      case 8 -> array(depth - 1, binary);
      default -> object(depth - 1, binary);
    };
  }

  private ArrayNode array(int depth, boolean binary) {
    ArrayNode array = NODES.arrayNode();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      array.add(value(depth, binary));
    }
    return array;
  }

  private ObjectNode object(int depth, boolean binary) {
    ObjectNode object = NODES.objectNode();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      object.set("k" + text(8), value(depth, binary));
    }
    return object;
  }

  private String text(int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    // surrogate pairs stay whole: the alphabet's emoji is two chars, so drop a dangling half
    String s = out.toString();
    return s.replaceAll("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]", "");
  }

  private byte[] bytes() {
    byte[] bytes = new byte[random.nextInt(16)];
    random.nextBytes(bytes);
    return bytes;
  }
}
