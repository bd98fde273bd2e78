package dev.chat.client.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link WebSocketTransport} on the JDK's {@code java.net.http.WebSocket}: reassembles fragmented
 * messages up to a byte limit, keeps one send in flight at a time (the JDK requires it) and reports
 * {@code onClosed} exactly once.
 */
public final class JdkWebSocketTransport implements WebSocketTransport {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpClient httpClient;
    private final long maxMessageBytes;

    /** @param maxMessageBytes the largest message accepted from the server; larger ones close the connection */
    public JdkWebSocketTransport(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
        ExecutorService ioExecutor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "chat-client-io-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.httpClient = HttpClient.newBuilder().executor(ioExecutor).build();
    }

    @Override
    public void open(URI uri, Map<String, String> headers, Duration timeout, Listener listener) {
        Reader reader = new Reader(listener, maxMessageBytes);
        WebSocket.Builder builder = httpClient.newWebSocketBuilder().connectTimeout(timeout);
        headers.forEach(builder::header);
        builder.buildAsync(uri, reader).whenComplete((webSocket, failure) -> {
            if (failure != null) {
                reader.closed("could not connect: " + describe(failure));
            }
        });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    /** One connection's receive side; also creates the send side once the socket is open. */
    private static final class Reader implements WebSocket.Listener {
        private final Listener listener;
        private final long maxMessageBytes;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
        private Writer writer;

        Reader(Listener listener, long maxMessageBytes) {
            this.listener = listener;
            this.maxMessageBytes = maxMessageBytes;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            writer = new Writer(webSocket, this);
            listener.onOpen(writer);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (text.length() > maxMessageBytes) {
                writer.abort();
                closed("message over " + maxMessageBytes + " bytes");
                return null;
            }
            if (last) {
                String message = text.toString();
                text.setLength(0);
                listener.onText(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            binary.writeBytes(chunk);
            if (binary.size() > maxMessageBytes) {
                writer.abort();
                closed("message over " + maxMessageBytes + " bytes");
                return null;
            }
            if (last) {
                byte[] message = binary.toByteArray();
                binary.reset();
                listener.onBinary(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed("transport closed (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed("transport error: " + describe(error));
        }

        void closed(String reason) {
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(reason);
            }
        }
    }

    /** The send side: chains sends because the JDK allows one outstanding send per socket. */
    private static final class Writer implements Connection {
        private final WebSocket webSocket;
        private final Reader reader;
        private CompletableFuture<WebSocket> tail;

        Writer(WebSocket webSocket, Reader reader) {
            this.webSocket = webSocket;
            this.reader = reader;
            this.tail = CompletableFuture.completedFuture(webSocket);
        }

        @Override
        public synchronized void sendText(String message) {
            tail = tail.thenCompose(ws -> ws.sendText(message, true));
            tail.whenComplete((ws, failure) -> {
                if (failure != null) {
                    abort();
                    reader.closed("send failed: " + describe(failure));
                }
            });
        }

        @Override
        public synchronized void close() {
            tail = tail.thenCompose(ws -> ws.sendClose(WebSocket.NORMAL_CLOSURE, ""));
            tail.whenComplete((ws, failure) -> {
                abort();
                reader.closed("closed by the client");
            });
        }

        void abort() {
            webSocket.abort();
        }
    }
}
