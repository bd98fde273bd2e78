package dev.chat.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.engineio.Handshake;
import dev.chat.protocol.socketio.SocketPacket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Loads {@code golden-vectors.json}: the exact wire strings of the Engine.IO and Socket.IO specs,
 * each named after its spec section, and turns their packet descriptions into packet values.
 */
public final class GoldenVectors {
  private static final JsonNode ROOT = load();

  private GoldenVectors() {}

  /**
   * One vector.
   *
   * @param section the spec section
   * @param name the example's name in that section
   * @param json the whole case
   */
  public record Case(String section, String name, JsonNode json) {
    @Override
    public String toString() {
      return section + " — " + name;
    }

    /** The wire text. */
    public String wire() {
      return json.get("wire").textValue();
    }

    /** The wire bytes of a binary frame. */
    public byte[] wireBytes() {
      return Base64.getDecoder().decode(json.get("wire").get("$binary").textValue());
    }

    /** The Socket.IO attachments, in order. */
    public List<byte[]> attachments() {
      List<byte[]> out = new ArrayList<>();
      JsonNode list = json.get("attachments");
      if (list != null) {
        list.forEach(a -> out.add(Base64.getDecoder().decode(a.textValue())));
      }
      return out;
    }

    /** Which side sends the packet: "client" or "server". */
    public String from() {
      return json.get("from").textValue();
    }
  }

  /** The cases of one group: engineio, socketio, frames or errors. */
  public static List<Case> group(String group) {
    List<Case> cases = new ArrayList<>();
    ROOT.get(group)
        .forEach(c -> cases.add(new Case(c.get("section").textValue(), c.get("name").textValue(), c)));
    return cases;
  }

  /** The Engine.IO packets a case describes. */
  public static List<EnginePacket> enginePackets(Case c) {
    List<EnginePacket> packets = new ArrayList<>();
    for (JsonNode d : c.json().get("packets")) {
      String data = d.has("data") ? d.get("data").textValue() : "";
      packets.add(
          switch (d.get("type").textValue()) {
            case "open" -> new EnginePacket.Open(
                new Handshake(
                    d.get("sid").textValue(),
                    List.of(d.get("upgrades").get(0).textValue()),
                    d.get("pingInterval").longValue(),
                    d.get("pingTimeout").longValue(),
                    d.get("maxPayload").longValue()));
            case "close" -> new EnginePacket.Close();
            case "ping" -> new EnginePacket.Ping(data);
            case "pong" -> new EnginePacket.Pong(data);
            case "message" -> d.has("binary")
                ? new EnginePacket.BinaryMessage(Base64.getDecoder().decode(d.get("binary").textValue()))
                : new EnginePacket.TextMessage(data);
            case "upgrade" -> new EnginePacket.Upgrade();
            case "noop" -> new EnginePacket.Noop();
            default -> throw new IllegalArgumentException(d.toString());
          });
    }
    return packets;
  }

  /** The Socket.IO packet a case describes, in the spec's {@code {type, nsp, data, id}} notation. */
  public static SocketPacket socketPacket(Case c) {
    JsonNode d = c.json().get("packet");
    String nsp = d.get("nsp").textValue();
    JsonNode data = d.has("data") ? withBinary(d.get("data")) : null;
    OptionalLong id = d.has("id") ? OptionalLong.of(d.get("id").longValue()) : OptionalLong.empty();
    return switch (d.get("type").textValue()) {
      case "CONNECT" -> new SocketPacket.Connect(nsp, data);
      case "DISCONNECT" -> new SocketPacket.Disconnect(nsp);
      case "CONNECT_ERROR" -> new SocketPacket.ConnectError(nsp, data);
      case "EVENT", "BINARY_EVENT" -> new SocketPacket.Event(
          nsp, data.get(0).textValue(), elements(data, 1), id);
      case "ACK", "BINARY_ACK" -> new SocketPacket.Ack(nsp, id.getAsLong(), elements(data, 0));
      default -> throw new IllegalArgumentException(d.toString());
    };
  }

  /** A copy of {@code node} with every {@code {"$binary": base64}} replaced by a binary node. */
  public static JsonNode withBinary(JsonNode node) {
    if (node.isObject() && node.has("$binary")) {
      return BinaryNode.valueOf(Base64.getDecoder().decode(node.get("$binary").textValue()));
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(e -> copy.add(withBinary(e)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), withBinary(field.getValue()));
      }
      return copy;
    }
    return node;
  }

  private static List<JsonNode> elements(JsonNode array, int from) {
    List<JsonNode> out = new ArrayList<>();
    for (int i = from; i < array.size(); i++) {
      out.add(array.get(i));
    }
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = GoldenVectors.class.getResourceAsStream("golden-vectors.json")) {
      if (in == null) {
        throw new IllegalStateException("golden-vectors.json not found");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
