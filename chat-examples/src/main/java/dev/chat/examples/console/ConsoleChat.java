package dev.chat.examples.console;

import dev.chat.client.ChatClient;
import dev.chat.client.ChatClientException;
import dev.chat.client.Message;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * A console chat on the Java client: run it in two terminals as two users and chat.
 *
 * <pre>
 * java -jar chat-server-netty/target/chat-server.jar --dev                     # terminal 1: the server
 * java -cp chat-examples/target/chat-examples.jar \
 *      dev.chat.examples.console.ConsoleChat --user 456 --with 789                 # terminal 2
 * java -cp chat-examples/target/chat-examples.jar \
 *      dev.chat.examples.console.ConsoleChat --user 789 --with 456                 # terminal 3
 * </pre>
 *
 * <p>Without {@code --token} it asks a {@code --dev} server for a sample user's token. Type a line to send
 * it; messages that arrive are marked read (the other side sees the receipt); {@code /read} marks the
 * conversation read again, {@code /quit} leaves. Incoming messages, typing, read
 * receipts, notifications and connection changes are printed as they arrive.
 */
public final class ConsoleChat {
    private ConsoleChat() {
    }

    /** Runs the console chat; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ConsoleOptions options;
        try {
            options = ConsoleOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(ConsoleOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out));
    }

    /** Chats until {@code /quit} or the end of input; returns the exit code. */
    static int run(ConsoleOptions options, BufferedReader input, PrintStream out) throws Exception {
        ChatHttpApi api = new ChatHttpApi(options.server());
        // 1. A token: given, or minted for a sample user by a --dev server.
        String token = options.token() != null ? options.token() : api.devToken(options.user());
        // 2. The conversation between the two users (the server returns the existing one).
        long conversationId = api.openConversation(token, options.with());

        // 3. Connect: events are printed on the client's listener thread, never on the socket's thread.
        ChatClient client = ChatClient.builder()
                .serverUri(options.server().toString())
                .token(token)
                .build();
        client.addListener(new ConsolePrinter(out, options.user(), conversationId,
                () -> client.markRead(conversationId))); // what arrives on screen is read

        try {
            client.connect().get(20, TimeUnit.SECONDS);
            client.join(conversationId).get(10, TimeUnit.SECONDS);
            out.printf("Conversation %d with user %s. Type a message and press Enter; /read, /quit.%n",
                    conversationId, options.with());
            for (Message earlier : api.history(token, conversationId)) {
                out.println(ConsolePrinter.line(earlier, options.user()));
            }
            client.markRead(conversationId);

            // 4. Every line is a message; the future completes with the server's acknowledgement.
            String line;
            while ((line = input.readLine()) != null) {
                String text = line.strip();
                if (text.equals("/quit")) {
                    break;
                } else if (text.equals("/read")) {
                    client.markRead(conversationId);
                } else if (!text.isEmpty()) {
                    client.sendMessage(conversationId, options.with(), text).exceptionally(failure -> {
                        out.println("! not sent: " + reason(failure));
                        return null;
                    });
                }
            }
            return 0;
        } finally {
            client.close();
        }
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ChatClientException e ? e.code() + ": " + e.getMessage() : String.valueOf(cause);
    }
}
