package dev.chat.protocol.socketio;

import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolError;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.internal.DecodeFailure;
import dev.chat.protocol.internal.ProtocolErrors;
import dev.chat.protocol.internal.Utf8;
import dev.chat.protocol.internal.socketio.PendingPacket;
import dev.chat.protocol.internal.socketio.SocketPacketReader;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes the Socket.IO v5 packets of one connection. Stateful only while it collects the binary
 * attachments announced by a BINARY_EVENT or BINARY_ACK; not thread-safe (one per connection,
 * driven by the thread that reads it).
 *
 * <p>Feed it the text of each Engine.IO text message ({@link #decodeText}) and the bytes of each
 * binary message ({@link #decodeBinary}), in arrival order. Each call returns:
 *
 * <ul>
 *   <li>{@code Ok(Optional.of(packet))} when a packet is complete;
 *   <li>{@code Ok(Optional.empty())} while attachments are still due;
 *   <li>{@code Invalid(error)} on a protocol violation. The decoder is then broken for good: every
 *       later call returns the same error, and the connection should be closed.
 * </ul>
 *
 * <p>{@link #forServer} also rejects the event names socket.io reserves ({@code connect},
 * {@code connect_error}, {@code disconnect}, {@code disconnecting}, {@code newListener},
 * {@code removeListener}); {@link #forClient} accepts them.
 */
public final class SocketDecoder {

  private enum State {
    /** Waiting for a packet text. */
    IDLE,
    /** A binary packet's text arrived; its attachments are due. */
    AWAITING_ATTACHMENTS,
    /** Terminal: a violation happened. */
    CORRUPT
  }

  private final ProtocolLimits limits;
  private final boolean rejectReservedEvents;
  private State state = State.IDLE;
  private PendingPacket pending;
  private ProtocolError failure;

  private SocketDecoder(ProtocolLimits limits, boolean rejectReservedEvents) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.rejectReservedEvents = rejectReservedEvents;
  }

  /**
   * Creates a decoder for packets sent by a client: reserved event names are rejected.
   *
   * @param limits the input bounds
   * @return a new decoder for one connection
   */
  public static SocketDecoder forServer(ProtocolLimits limits) {
    return new SocketDecoder(limits, true);
  }

  /**
   * Creates a decoder for packets sent by a server.
   *
   * @param limits the input bounds
   * @return a new decoder for one connection
   */
  public static SocketDecoder forClient(ProtocolLimits limits) {
    return new SocketDecoder(limits, false);
  }

  /**
   * Decodes the text of one Engine.IO message (without its {@code 4}), for example
   * {@code 2["hello"]}.
   *
   * @param text the packet text
   * @return the packet, empty while attachments are due, or the error
   */
  public DecodeResult<Optional<SocketPacket>> decodeText(String text) {
    Objects.requireNonNull(text, "text");
    if (state == State.CORRUPT) {
      return DecodeResult.invalid(failure);
    }
    try {
      if (state == State.AWAITING_ATTACHMENTS) {
        throw ProtocolErrors.unexpectedText(pending.attachmentsDue());
      }
      if (Utf8.exceeds(text, limits.maxPayloadBytes())) {
        throw ProtocolErrors.payloadTooLarge(limits.maxPayloadBytes());
      }
      PendingPacket packet = SocketPacketReader.read(text, limits, rejectReservedEvents);
      if (packet.attachmentsDue() > 0) {
        pending = packet;
        state = State.AWAITING_ATTACHMENTS;
        return DecodeResult.ok(Optional.empty());
      }
      return DecodeResult.ok(Optional.of(packet.toPacket()));
    } catch (DecodeFailure e) {
      return fail(e);
    }
  }

  /**
   * Decodes the bytes of one Engine.IO binary message: the next attachment of the pending binary
   * packet. The array is not copied: do not modify it afterwards.
   *
   * @param data the attachment bytes
   * @return the packet once its last attachment arrived, empty before, or the error
   */
  public DecodeResult<Optional<SocketPacket>> decodeBinary(byte[] data) {
    Objects.requireNonNull(data, "data");
    if (state == State.CORRUPT) {
      return DecodeResult.invalid(failure);
    }
    try {
      if (state != State.AWAITING_ATTACHMENTS) {
        throw ProtocolErrors.unexpectedBinary();
      }
      if (pending.addAttachment(data) > limits.maxPayloadBytes()) {
        throw ProtocolErrors.attachmentsTooLarge(limits.maxPayloadBytes());
      }
      if (pending.attachmentsDue() > 0) {
        return DecodeResult.ok(Optional.empty());
      }
      SocketPacket packet = pending.toPacket();
      pending = null;
      state = State.IDLE;
      return DecodeResult.ok(Optional.of(packet));
    } catch (DecodeFailure e) {
      return fail(e);
    }
  }

  /**
   * Tells whether a binary packet is waiting for attachments.
   *
   * @return true between a binary packet's text and its last attachment
   */
  public boolean isAwaitingAttachments() {
    return state == State.AWAITING_ATTACHMENTS;
  }

  /**
   * Tells whether the decoder has seen a violation and refuses all further input.
   *
   * @return true in the terminal state
   */
  public boolean isCorrupt() {
    return state == State.CORRUPT;
  }

  private DecodeResult<Optional<SocketPacket>> fail(DecodeFailure e) {
    state = State.CORRUPT;
    pending = null;
    failure = e.error();
    return DecodeResult.invalid(failure);
  }
}
