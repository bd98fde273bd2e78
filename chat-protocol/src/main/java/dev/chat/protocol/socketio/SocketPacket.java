package dev.chat.protocol.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One Socket.IO v5 packet. Immutable. The namespace is {@code "/"} for the main namespace,
 * always starts with {@code /} and contains neither {@code ,} nor control characters. Arguments are Jackson trees; a
 * {@link com.fasterxml.jackson.databind.node.BinaryNode} anywhere in them makes the packet binary
 * on the wire, and a {@link com.fasterxml.jackson.databind.node.POJONode} is serialized by the
 * encoder's {@code ObjectMapper} without building a tree.
 */
public sealed interface SocketPacket {

  /** The main namespace, {@code "/"}. */
  String MAIN_NAMESPACE = "/";

  /**
   * Returns the namespace.
   *
   * @return the namespace, starting with {@code /}
   */
  String namespace();

  /**
   * CONNECT: a client asks to join a namespace (data: the {@code auth} object, or null), or the
   * server accepts (data: {@code {"sid":"..."}}).
   *
   * @param namespace the namespace
   * @param data a JSON object, or null when the packet has no payload
   */
  record Connect(String namespace, JsonNode data) implements SocketPacket {
    /**
     * Validates the namespace and that data, if present, is an object.
     *
     * @param namespace the record component of that name
     * @param data the record component of that name
     */
    public Connect {
      checkNamespace(namespace);
      if (data != null && !data.isObject()) {
        throw new IllegalArgumentException("CONNECT data must be a JSON object");
      }
    }
  }

  /**
   * DISCONNECT: either side leaves a namespace.
   *
   * @param namespace the namespace
   */
  record Disconnect(String namespace) implements SocketPacket {
    /**
     * Validates the namespace.
     *
     * @param namespace the record component of that name
     */
    public Disconnect {
      checkNamespace(namespace);
    }
  }

  /**
   * EVENT (or BINARY_EVENT on the wire): {@code name} with arguments, and an ack id if the sender
   * wants an acknowledgement.
   *
   * @param namespace the namespace
   * @param name the event name
   * @param args the arguments after the name (JSON {@code null} is a {@code NullNode})
   * @param ackId the acknowledgement id, if one is requested
   */
  record Event(String namespace, String name, List<JsonNode> args, OptionalLong ackId)
      implements SocketPacket {
    /**
     * Validates the fields and copies {@code args}.
     *
     * @param namespace the record component of that name
     * @param name the record component of that name
     * @param args the record component of that name
     * @param ackId the record component of that name
     */
    public Event {
      checkNamespace(namespace);
      Objects.requireNonNull(name, "name");
      args = List.copyOf(Objects.requireNonNull(args, "args"));
      Objects.requireNonNull(ackId, "ackId");
      if (ackId.isPresent() && ackId.getAsLong() < 0) {
        throw new IllegalArgumentException("ackId must not be negative: " + ackId.getAsLong());
      }
    }

    /**
     * An event in the main namespace without acknowledgement.
     *
     * @param name the event name
     * @param args the arguments
     * @return the event
     */
    public static Event of(String name, JsonNode... args) {
      return new Event(MAIN_NAMESPACE, name, List.of(args), OptionalLong.empty());
    }
  }

  /**
   * ACK (or BINARY_ACK on the wire): the answer to the event with the same id.
   *
   * @param namespace the namespace
   * @param ackId the id of the acknowledged event
   * @param args the acknowledgement arguments, possibly none
   */
  record Ack(String namespace, long ackId, List<JsonNode> args) implements SocketPacket {
    /**
     * Validates the fields and copies {@code args}.
     *
     * @param namespace the record component of that name
     * @param ackId the record component of that name
     * @param args the record component of that name
     */
    public Ack {
      checkNamespace(namespace);
      if (ackId < 0) {
        throw new IllegalArgumentException("ackId must not be negative: " + ackId);
      }
      args = List.copyOf(Objects.requireNonNull(args, "args"));
    }
  }

  /**
   * CONNECT_ERROR: the server refuses a connection to a namespace, for example with
   * {@code {"message":"Not authorized"}}.
   *
   * @param namespace the namespace
   * @param data a JSON object (v5) or string (older servers)
   */
  record ConnectError(String namespace, JsonNode data) implements SocketPacket {
    /**
     * Validates the namespace and that data is an object or a string.
     *
     * @param namespace the record component of that name
     * @param data the record component of that name
     */
    public ConnectError {
      checkNamespace(namespace);
      Objects.requireNonNull(data, "data");
      if (!data.isObject() && !data.isTextual()) {
        throw new IllegalArgumentException("CONNECT_ERROR data must be a JSON object or string");
      }
    }
  }

  private static void checkNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    if (namespace.isEmpty() || namespace.charAt(0) != '/') {
      throw new IllegalArgumentException("namespace must start with '/': " + namespace);
    }
    for (int i = 1; i < namespace.length(); i++) {
      char c = namespace.charAt(i);
      if (c == ',') {
        throw new IllegalArgumentException("namespace must not contain ',': " + namespace);
      }
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException("namespace must not contain control characters");
      }
    }
  }
}
