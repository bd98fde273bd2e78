package dev.chat.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A {@link WebSocketTransport} for tests: records every connection attempt; the test plays the server
 * through {@link Attempt}.
 */
public final class RecordingTransport implements WebSocketTransport {
    private final Queue<Attempt> attempts = new ArrayDeque<>();

    @Override
    public void open(URI uri, Map<String, String> headers, Duration timeout, Listener listener) {
        attempts.add(new Attempt(uri, headers, listener));
    }

    /** The oldest attempt not yet taken; fails if there is none. */
    public Attempt takeAttempt() {
        Attempt attempt = attempts.poll();
        assertThat(attempt).as("a connection attempt").isNotNull();
        return attempt;
    }

    /** Fails if a connection attempt is waiting. */
    public void assertNoAttempt() {
        assertThat(attempts).as("connection attempts").isEmpty();
    }

    /** One connection attempt, seen from the server's side. */
    public static final class Attempt implements Connection {
        public final URI uri;
        public final Map<String, String> headers;
        private final Listener listener;
        private final Queue<String> sent = new ArrayDeque<>();
        private final List<String> allSent = new ArrayList<>();
        private boolean closed;

        Attempt(URI uri, Map<String, String> headers, Listener listener) {
            this.uri = uri;
            this.headers = headers;
            this.listener = listener;
        }

        /** The WebSocket opens. */
        public void open() {
            listener.onOpen(this);
        }

        /** The server sends a text frame. */
        public void serverSends(String frame) {
            listener.onText(frame);
        }

        /** The connection drops (or fails to open). */
        public void drop(String reason) {
            listener.onClosed(reason);
        }

        /** The next frame the client sent. */
        public String nextSent() {
            String frame = sent.poll();
            assertThat(frame).as("a frame sent by the client").isNotNull();
            return frame;
        }

        /** Asserts the next frame the client sent. */
        public void assertNextSent(String expected) {
            assertThat(nextSent()).isEqualTo(expected);
        }

        /** Fails if the client sent a frame not yet asserted. */
        public void assertNothingSent() {
            assertThat(sent).as("frames sent by the client").isEmpty();
        }

        /** Whether the client closed this connection. */
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void sendText(String text) {
            assertThat(closed).as("sending on a closed connection: " + text).isFalse();
            sent.add(text);
            allSent.add(text);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
