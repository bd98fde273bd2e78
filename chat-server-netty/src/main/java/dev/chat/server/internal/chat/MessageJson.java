package dev.chat.server.internal.chat;

import dev.chat.core.Message;
import dev.chat.core.UserId;

/**
 * The two message payloads sent on every {@code send_message} ({@code new_message} and
 * {@code message_notification}), written straight to JSON text in the fields and order of
 * {@link ChatWireEncoder#message} / {@link ChatWireEncoder#messageNotification}, exactly as
 * {@code JSON.stringify} writes them: no tree is built and walked per message.
 */
final class MessageJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private MessageJson() {
    }

    /** {@code {id, conversation_id, sender_id, receiver_id, content, is_read, read_at, created_at}}. */
    static String message(Message m) {
        StringBuilder out = common(m);
        out.append(",\"read_at\":");
        if (m.readAt() == null) {
            out.append("null");
        } else {
            out.append('"').append(ChatWireEncoder.time(m.readAt())).append('"');
        }
        return out.append(",\"created_at\":\"").append(ChatWireEncoder.time(m.createdAt())).append("\"}").toString();
    }

    /** The message without {@code read_at}, plus {@code "type": "new_message"}. */
    static String notification(Message m) {
        return common(m).append(",\"created_at\":\"").append(ChatWireEncoder.time(m.createdAt()))
                .append("\",\"type\":\"new_message\"}").toString();
    }

    private static StringBuilder common(Message m) {
        StringBuilder out = new StringBuilder(160 + m.content().length());
        out.append("{\"id\":").append(m.id()).append(",\"conversation_id\":").append(m.conversationId());
        out.append(",\"sender_id\":");
        user(out, m.senderId());
        out.append(",\"receiver_id\":");
        user(out, m.receiverId());
        out.append(",\"content\":");
        quoted(out, m.content());
        return out.append(",\"is_read\":").append(m.read());
    }

    private static void user(StringBuilder out, UserId id) {
        if (id.isNumeric()) {
            out.append(id.asLong());
        } else {
            quoted(out, id.value());
        }
    }

    /** A JSON string as {@code JSON.stringify} writes it (ES2019: lone surrogates escaped). */
    static void quoted(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a well-formed pair stays as is
                continue;
            }
            out.append(s, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                        .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, plainFrom, n).append('"');
    }
}
