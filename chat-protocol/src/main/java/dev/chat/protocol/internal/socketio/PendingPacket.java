package dev.chat.protocol.internal.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.internal.json.JsonTreeReader;
import dev.chat.protocol.socketio.SocketPacket;
import dev.chat.protocol.socketio.SocketPacketType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A parsed, validated packet, possibly still collecting binary attachments. Mutable only while
 * attachments arrive; {@link #toPacket()} puts each attachment where its placeholder was.
 */
public final class PendingPacket {
  private final SocketPacketType type;
  private final String namespace;
  private final long ackId;
  private final JsonNode payload;
  private final int attachmentsAnnounced;
  private final List<JsonTreeReader.Placeholder> placeholders;
  private final List<byte[]> attachments;
  private long attachmentBytes;

  PendingPacket(
      SocketPacketType type,
      String namespace,
      long ackId,
      JsonNode payload,
      int attachmentsAnnounced,
      List<JsonTreeReader.Placeholder> placeholders) {
    this.type = type;
    this.namespace = namespace;
    this.ackId = ackId;
    this.payload = payload;
    this.attachmentsAnnounced = attachmentsAnnounced;
    this.placeholders = placeholders;
    this.attachments = attachmentsAnnounced == 0 ? List.of() : new ArrayList<>(attachmentsAnnounced);
  }

  /**
   * Returns how many attachments are still to come.
   *
   * @return zero when the packet is complete
   */
  public int attachmentsDue() {
    return attachmentsAnnounced - attachments.size();
  }

  /**
   * Adds the next attachment.
   *
   * @param data the attachment bytes
   * @return the total attachment bytes so far
   */
  public long addAttachment(byte[] data) {
    if (attachmentsDue() == 0) {
      throw new IllegalStateException("No attachment is due");
    }
    attachments.add(data);
    attachmentBytes += data.length;
    return attachmentBytes;
  }

  /**
   * Builds the packet, with attachments in place of placeholders.
   *
   * @return the packet
   * @throws IllegalStateException if attachments are still due
   */
  public SocketPacket toPacket() {
    if (attachmentsDue() != 0) {
      throw new IllegalStateException(attachmentsDue() + " attachments are still due");
    }
    for (JsonTreeReader.Placeholder placeholder : placeholders) {
      BinaryNode binary = BinaryNode.valueOf(attachments.get(placeholder.num()));
      if (placeholder.parent() instanceof ArrayNode array) {
        array.set(placeholder.index(), binary);
      } else {
        ((ObjectNode) placeholder.parent()).set(placeholder.field(), binary);
      }
    }
    return switch (type) {
      case CONNECT -> new SocketPacket.Connect(namespace, payload);
      case DISCONNECT -> new SocketPacket.Disconnect(namespace);
      case CONNECT_ERROR -> new SocketPacket.ConnectError(namespace, payload);
      case EVENT, BINARY_EVENT -> new SocketPacket.Event(
          namespace,
          payload.get(0).textValue(),
          elementsFrom(payload, 1),
          ackId < 0 ? OptionalLong.empty() : OptionalLong.of(ackId));
      case ACK, BINARY_ACK -> new SocketPacket.Ack(namespace, ackId, elementsFrom(payload, 0));
    };
  }

  /** An immutable list, so that the packet records keep it instead of copying it again. */
  private static List<JsonNode> elementsFrom(JsonNode array, int from) {
    int count = Math.max(0, array.size() - from);
    return switch (count) {
      case 0 -> List.of();
      case 1 -> List.of(array.get(from));
      case 2 -> List.of(array.get(from), array.get(from + 1));
      default -> {
        JsonNode[] elements = new JsonNode[count];
        for (int i = 0; i < count; i++) {
          elements[i] = array.get(from + i);
        }
        yield List.of(elements);
      }
    };
  }
}
