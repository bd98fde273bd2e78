package dev.chat.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JDK WebSocket client that records every message (text as {@code String}, binary as
 * {@code byte[]}) and the close, for tests to assert in order. Awaits with timeouts, never sleeps.
 */
public final class RecordingWebSocket implements WebSocket.Listener {

    /** How long every await waits. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    private volatile boolean autoPong;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    private volatile java.util.function.Consumer<String> onTextArrival = message -> { };

    private RecordingWebSocket(boolean autoPong) {
        this.autoPong = autoPong;
    }

    /** Connects a client that answers every Engine.IO ping ("2") with a pong ("3") as it arrives. */
    public static RecordingWebSocket connect(HttpClient client, URI uri) {
        return connect(client, uri, true);
    }

    /** Connects a client that answers pings only when a test reads past them. */
    public static RecordingWebSocket connectWithoutAutoPong(HttpClient client, URI uri) {
        return connect(client, uri, false);
    }

    private static RecordingWebSocket connect(HttpClient client, URI uri, boolean autoPong) {
        RecordingWebSocket recorder = new RecordingWebSocket(autoPong);
        recorder.socket = client.newWebSocketBuilder().buildAsync(uri, recorder).orTimeout(5, TimeUnit.SECONDS).join();
        return recorder;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String message = text.toString();
            text.setLength(0);
            if (autoPong && "2".equals(message)) {
                sendInOrder(() -> webSocket.sendText("3", true));
            }
            onTextArrival.accept(message);
            messages.add(message);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.writeBytes(chunk);
        if (last) {
            messages.add(binary.toByteArray());
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** The JDK client allows one outstanding send: chain them (test thread and auto-pong alike). */
    private synchronized CompletableFuture<?> sendInOrder(java.util.function.Supplier<CompletableFuture<?>> send) {
        CompletableFuture<?> next = tail.handle((ignored, failure) -> null).thenCompose(ignored -> send.get());
        tail = next;
        return next;
    }

    /** Runs {@code hook} on the client's listener thread the instant each text message arrives. */
    public void onTextArrival(java.util.function.Consumer<String> hook) {
        this.onTextArrival = hook;
    }

    /** From now on, pings are left unanswered (unless a test reads past them). */
    public void stopPonging() {
        autoPong = false;
    }

    /** Sends a text message, after any send still in flight. */
    public void send(String message) {
        sendInOrder(() -> socket.sendText(message, true)).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** Sends a message the server may refuse by closing the connection before it is fully written. */
    public void sendMaybeRefused(String message) {
        try {
            sendInOrder(() -> socket.sendText(message, true)).orTimeout(5, TimeUnit.SECONDS).join();
        } catch (java.util.concurrent.CompletionException expected) {
            // The server closed the connection while the message was being written.
        }
    }

    /** Sends a binary message, after any send still in flight. */
    public void send(byte[] message) {
        sendInOrder(() -> socket.sendBinary(ByteBuffer.wrap(message), true)).orTimeout(5, TimeUnit.SECONDS).join();
    }

    /** @return the next message, text or binary, pings included */
    public Object next() {
        try {
            Object message = messages.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                fail("no message within " + TIMEOUT + (closed.isDone() ? " (closed)" : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the next text message that is not a ping ("2"); pings are answered with a pong */
    public String nextText() {
        Object message = nextAfterPings();
        assertThat(message).as("expected a text message").isInstanceOf(String.class);
        return (String) message;
    }

    /** @return the next binary message (pings before it are answered) */
    public byte[] nextBinary() {
        Object message = nextAfterPings();
        assertThat(message).as("expected a binary message").isInstanceOf(byte[].class);
        return (byte[]) message;
    }

    /** Skips pings, answering each with a pong unless auto-pong already did. */
    private Object nextAfterPings() {
        while (true) {
            Object message = next();
            if (!"2".equals(message)) {
                return message;
            }
            if (!autoPong) {
                send("3");
            }
        }
    }

    /** Asserts that the next text message (pings skipped) is {@code expected}. */
    public void assertNextText(String expected) {
        assertThat(nextText()).isEqualTo(expected);
    }

    /** Waits for the server to close the connection. */
    public void awaitClosed() {
        try {
            closed.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("connection not closed within " + TIMEOUT, e);
        }
    }

    /** @return whether the connection has closed (or failed) */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** Drops the connection without a close frame. */
    public void abort() {
        socket.abort();
    }
}
