package dev.chat.server.host;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.chat.server.engineio.EngineConfig;
import dev.chat.server.engineio.EngineIoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Stopping the host with WebSocket sessions open: each gets a close frame, and nothing is rejected. */
class NettyHostStopTest {

    private static final int SESSIONS = 40;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
        log.stop();
    }

    @Test
    void stopClosesOpenWebSocketsBeforeTheEventLoopsEndAndLogsNoRejectedTask() {
        EngineIoServer engine = EngineIoServer.create(EngineConfig.DEFAULTS);
        NettyHost host = NettyHost.builder().host("127.0.0.1").port(0).engineIo("/engine.io", engine).build();
        int port = host.start().getPort();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<Integer>> closes = new ArrayList<>();
        List<CompletableFuture<String>> opens = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            CompletableFuture<String> opened = new CompletableFuture<>();
            client.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/engine.io/?EIO=4&transport=websocket"),
                            new WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                    opened.complete(data.toString());
                                    ws.request(1);
                                    return null;
                                }

                                @Override
                                public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                                    closed.complete(status);
                                    return null;
                                }
                            })
                    .orTimeout(5, TimeUnit.SECONDS).join();
            closes.add(closed);
            opens.add(opened);
        }
        for (CompletableFuture<String> opened : opens) {
            assertThat(opened.orTimeout(5, TimeUnit.SECONDS).join()).startsWith("0{");
        }

        host.stop();

        for (CompletableFuture<Integer> closed : closes) {
            assertThat(closed.orTimeout(5, TimeUnit.SECONDS).join()).isEqualTo(1000);
        }
        assertThat(log.list).noneMatch(e -> mentionsRejection(e.getThrowableProxy()));
    }

    private static boolean mentionsRejection(IThrowableProxy thrown) {
        for (IThrowableProxy t = thrown; t != null; t = t.getCause()) {
            if (t.getClassName().equals("java.util.concurrent.RejectedExecutionException")) {
                return true;
            }
        }
        return false;
    }
}
