package dev.chat.server.internal.chat;

import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.protocol.JsonText;

/**
 * The two message payloads sent on every {@code send_message} ({@code new_message} and
 * {@code message_notification}), written straight to JSON text in the fields and order of
 * {@link ChatWireEncoder#message} / {@link ChatWireEncoder#messageNotification}, exactly as
 * {@code JSON.stringify} writes them: no tree is built and walked per message.
 */
final class MessageJson {

    private MessageJson() {
    }

    /** {@code {id, conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at}}. */
    static String message(Message m) {
        StringBuilder out = new StringBuilder(length(m));
        writeMessage(out, m);
        return out.toString();
    }

    /** The message without {@code read_at}, plus {@code "type": "new_message"}. */
    static String notification(Message m) {
        StringBuilder out = new StringBuilder(length(m));
        writeNotification(out, m);
        return out.toString();
    }

    /** About how many chars either payload of {@code m} takes. */
    static int length(Message m) {
        return 160 + m.content().length();
    }

    /** Appends {@link #message}'s text to {@code out} (straight into a frame being written). */
    static void writeMessage(StringBuilder out, Message m) {
        common(out, m);
        out.append(",\"read_at\":");
        if (m.readAt() == null) {
            out.append("null");
        } else {
            out.append('"');
            ChatWireEncoder.appendTime(out, m.readAt());
            out.append('"');
        }
        out.append(",\"created_at\":\"");
        ChatWireEncoder.appendTime(out, m.createdAt());
        out.append("\"}");
    }

    /** Appends {@link #notification}'s text to {@code out}. */
    static void writeNotification(StringBuilder out, Message m) {
        common(out, m);
        out.append(",\"created_at\":\"");
        ChatWireEncoder.appendTime(out, m.createdAt());
        out.append("\",\"type\":\"new_message\"}");
    }

    private static void common(StringBuilder out, Message m) {
        out.append("{\"id\":").append(m.id()).append(",\"conversation_id\":").append(m.conversationId());
        out.append(",\"sender_id\":");
        user(out, m.senderId());
        out.append(",\"receiver_id\":");
        user(out, m.receiverId());
        out.append(",\"content\":");
        JsonText.appendQuoted(out, m.content());
        out.append(",\"is_read\":").append(m.read());
    }

    private static void user(StringBuilder out, UserId id) {
        if (id.isNumeric()) {
            out.append(id.asLong());
        } else {
            JsonText.appendQuoted(out, id.value());
        }
    }
}
