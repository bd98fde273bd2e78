package dev.chat.server.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes raw HTTP/1.1 requests into an {@link EmbeddedChannel} and parses what it wrote back. */
final class RawHttp {

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    static void request(EmbeddedChannel ch, String method, String uri, String body, String... headers) {
        StringBuilder req = new StringBuilder(method).append(' ').append(uri).append(" HTTP/1.1\r\nHost: test\r\n");
        for (String header : headers) {
            req.append(header).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!method.equals("GET") || bytes.length > 0) {
            req.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        req.append("\r\n").append(body);
        ch.writeInbound(Unpooled.copiedBuffer(req, StandardCharsets.UTF_8));
        ch.runPendingTasks();
    }

    /** @return the next complete response written by the channel, or null if there is none */
    static Reply reply(EmbeddedChannel ch) {
        ch.runPendingTasks();
        StringBuilder raw = new StringBuilder();
        ByteBuf buf;
        while ((buf = ch.readOutbound()) != null) {
            raw.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        if (raw.length() == 0) {
            return null;
        }
        String text = raw.toString();
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(headEnd + 4));
    }
}
