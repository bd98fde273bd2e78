package dev.chat.server.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw Engine.IO v4 WebSocket client for tests: sends packets as text frames and records every
 * text frame the server sends, answering pings so the session stays open.
 */
final class RawEngineSocket implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BlockingQueue<String> frames;
    private final WebSocket socket;

    private RawEngineSocket(BlockingQueue<String> frames, WebSocket socket) {
        this.frames = frames;
        this.socket = socket;
    }

    /** Opens {@code ws://127.0.0.1:port<path>?EIO=4&transport=websocket}. */
    static RawEngineSocket open(int port, String path) throws Exception {
        BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String frame = partial.toString();
                    partial.setLength(0);
                    if (frame.equals("2")) {
                        ws.sendText("3", true);
                    } else {
                        frames.add(frame);
                    }
                }
                ws.request(1);
                return null;
            }
        };
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(WAIT)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path + "?EIO=4&transport=websocket"), listener)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return new RawEngineSocket(frames, ws);
    }

    /** The next text frame from the server (pings answered and skipped), waiting at most 5 seconds. */
    String next() throws InterruptedException {
        String frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (frame == null) {
            throw new AssertionError("no frame from the server within " + WAIT);
        }
        return frame;
    }

    /** Sends one Engine.IO packet as a text frame. */
    void send(String packet) throws Exception {
        socket.sendText(packet, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
