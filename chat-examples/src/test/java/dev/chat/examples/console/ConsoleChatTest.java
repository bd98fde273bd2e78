package dev.chat.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.client.ChatClient;
import dev.chat.client.ChatEvent;
import dev.chat.client.ChatListener;
import dev.chat.client.Message;
import dev.chat.client.MessagesRead;
import dev.chat.examples.support.EventQueue;
import dev.chat.examples.support.TestChatServer;
import dev.chat.server.internal.demo.DemoEndpoint;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The console chat typed into through a pipe, against the real server and a Java client as the other user. */
@Timeout(60)
class ConsoleChatTest {

    /** Collects printed lines into a queue, to await them. */
    static final class LineRecorder extends OutputStream {
        final EventQueue<String> lines = new EventQueue<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    @Test
    void twoUsersChatThroughTheConsole() throws Exception {
        try (TestChatServer server = TestChatServer.start(builder -> builder.endpoint(DemoEndpoint.PATH,
                new DemoEndpoint(TestChatServer::tokenFor, DemoEndpoint.SAMPLE_USERS)))) {
            long conversation = server.conversation("456", "789");
            EventQueue<ChatEvent> bobEvents = new EventQueue<>();
            ChatClient bob = ChatClient.builder().serverUri(server.uri().toString())
                    .token(TestChatServer.tokenFor("789"))
                    .listener(new ChatListener() {
                        @Override
                        public void onEvent(ChatEvent event) {
                            bobEvents.add(event);
                        }
                    }).build();
            bob.connect().get(10, TimeUnit.SECONDS);
            bob.join(conversation).get(10, TimeUnit.SECONDS);
            bob.sendMessage(conversation, "456", "earlier message").get(10, TimeUnit.SECONDS);

            PipedOutputStream keyboard = new PipedOutputStream();
            BufferedReader input = new BufferedReader(new InputStreamReader(new PipedInputStream(keyboard),
                    StandardCharsets.UTF_8));
            LineRecorder screen = new LineRecorder();
            // No --token: the console asks the dev endpoint for user 456's token.
            ConsoleOptions options = ConsoleOptions.parse(List.of("--server", server.uri().toString(),
                    "--user", "456", "--with", "789"));
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
                try {
                    return ConsoleChat.run(options, input, new PrintStream(screen, true, StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            screen.lines.skipUntil(String.class, l -> l.startsWith("Conversation " + conversation + " with user 789"));
            screen.lines.skipUntil(String.class, l -> l.endsWith("789: earlier message"));

            keyboard.write("Hello from the console\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            Message received = bobEvents.skipUntil(Message.class, m -> m.content().equals("Hello from the console"));
            assertThat(received.senderId()).isEqualTo("456");
            screen.lines.skipUntil(String.class, l -> l.endsWith("me: Hello from the console"));

            bob.typingStart(conversation, "456");
            screen.lines.skipUntil(String.class, l -> l.equals("* 789 is typing…"));
            Message reply = bob.sendMessage(conversation, "456", "Hi console").get(10, TimeUnit.SECONDS);
            screen.lines.skipUntil(String.class, l -> l.endsWith("789: Hi console"));
            // what arrives on the console is marked read: Bob gets the receipt
            MessagesRead receipt = bobEvents.skipUntil(MessagesRead.class, r -> r.userId().equals("456"));
            assertThat(receipt.readAt()).isAfterOrEqualTo(reply.createdAt());

            keyboard.write("/quit\n".getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
            bob.close();
        }
    }

    @Test
    void optionsAreChecked() {
        assertThat(ConsoleOptions.parse(List.of("--user", "1", "--with", "2")).server())
                .hasToString("http://127.0.0.1:8000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--user", "1")))
                .hasMessage("--user and --with are required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--bogus", "1")))
                .hasMessage("unknown option --bogus");
    }
}
