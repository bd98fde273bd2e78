package dev.chat.server.socketio;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A Socket.IO packet encoded once for every recipient of a broadcast: the Engine.IO message frame
 * of its text part ({@code "4" + packet}, for example {@code 42["hello",1]}) and its binary
 * attachments. Immutable; the arrays must not be modified.
 */
public final class BroadcastPacket {

    private final String frame;
    private final List<byte[]> attachments;
    private volatile byte[] frameUtf8;

    private BroadcastPacket(String frame, List<byte[]> attachments) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.attachments = List.copyOf(attachments);
    }

    /**
     * Wraps an encoded packet.
     *
     * @param frame the Engine.IO message frame of the text part, such as {@code 42["hello"]}
     * @param attachments the binary attachments, in placeholder order
     * @return the packet
     */
    public static BroadcastPacket of(String frame, List<byte[]> attachments) {
        return new BroadcastPacket(frame, attachments);
    }

    /**
     * The Engine.IO message frame of the text part.
     *
     * @return the frame text, starting with {@code 4}
     */
    public String frame() {
        return frame;
    }

    /**
     * The binary attachments.
     *
     * @return the attachments, possibly empty
     */
    public List<byte[]> attachments() {
        return attachments;
    }

    /**
     * The UTF-8 bytes of {@link #frame()}, computed once and shared by every recipient's WebSocket
     * frame. Callers must not modify the array.
     *
     * @return the bytes
     */
    public byte[] frameUtf8() {
        byte[] bytes = frameUtf8;
        if (bytes == null) {
            bytes = frame.getBytes(StandardCharsets.UTF_8);
            frameUtf8 = bytes;
        }
        return bytes;
    }
}
