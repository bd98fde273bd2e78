package dev.chat.protocol.socketio;

import dev.chat.protocol.engineio.EnginePacket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Socket.IO packet on the wire: one text, then its binary attachments in order (each its own
 * WebSocket binary frame, or its own {@code b<base64>} record in a polling payload).
 *
 * <p>The arrays are shared, not copied: the same encoded packet may be written to many sockets, so
 * nobody may modify them.
 *
 * @param text the packet text, for example {@code 2["hello"]} or, from
 *     {@link SocketEncoder#encodeFrame}, {@code 42["hello"]}
 * @param attachments the binary attachments, empty for a plain text packet
 */
public record EncodedPacket(String text, List<byte[]> attachments) {

  /**
   * Validates the fields and copies the list (not the arrays).
   *
   * @param text the record component of that name
   * @param attachments the record component of that name
   */
  public EncodedPacket {
    Objects.requireNonNull(text, "text");
    attachments = List.copyOf(Objects.requireNonNull(attachments, "attachments"));
  }

  /**
   * Tells whether the packet has binary attachments.
   *
   * @return true if {@link #attachments()} is not empty
   */
  public boolean hasAttachments() {
    return !attachments.isEmpty();
  }

  /**
   * Returns the Engine.IO message packets that carry this packet: a text message with
   * {@link #text()}, then one binary message per attachment. Only meaningful for a packet from
   * {@link SocketEncoder#encode} (without the {@code 4} prefix).
   *
   * @return the Engine.IO packets in order
   */
  public List<EnginePacket.Message> toEngineMessages() {
    List<EnginePacket.Message> messages = new ArrayList<>(1 + attachments.size());
    messages.add(new EnginePacket.TextMessage(text));
    for (byte[] attachment : attachments) {
      messages.add(new EnginePacket.BinaryMessage(attachment));
    }
    return messages;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EncodedPacket that) || !text.equals(that.text)
        || attachments.size() != that.attachments.size()) {
      return false;
    }
    for (int i = 0; i < attachments.size(); i++) {
      if (!Arrays.equals(attachments.get(i), that.attachments.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = text.hashCode();
    for (byte[] attachment : attachments) {
      hash = 31 * hash + Arrays.hashCode(attachment);
    }
    return hash;
  }

  @Override
  public String toString() {
    return "EncodedPacket[text=" + text + ", attachments=" + attachments.size() + "]";
  }
}
