package dev.chat.examples.console;

import dev.chat.client.ChatListener;
import dev.chat.client.ConnectionStateChange;
import dev.chat.client.Message;
import dev.chat.client.MessageNotification;
import dev.chat.client.MessagesRead;
import dev.chat.client.Notification;
import dev.chat.client.ServerError;
import dev.chat.client.TypingStarted;
import dev.chat.client.TypingStopped;
import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Prints the chat's events as lines; runs on the client's listener thread. */
final class ConsolePrinter implements ChatListener {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final PrintStream out;
    private final String me;
    private final long conversationId;
    private final Runnable markRead;

    /** {@code markRead} runs when the other user's message arrives: the conversation is on screen. */
    ConsolePrinter(PrintStream out, String me, long conversationId, Runnable markRead) {
        this.out = out;
        this.me = me;
        this.conversationId = conversationId;
        this.markRead = markRead;
    }

    static String line(Message message, String me) {
        String who = message.senderId().equals(me) ? "me" : message.senderId();
        return "[" + TIME.format(message.createdAt()) + "] " + who + ": " + message.content();
    }

    @Override
    public void onNewMessage(Message message) {
        out.println(line(message, me));
        if (message.conversationId() == conversationId && !message.senderId().equals(me)) {
            markRead.run();
        }
    }

    @Override
    public void onMessageNotification(MessageNotification notification) {
        if (notification.conversationId() != conversationId) {
            out.println("* new message from " + notification.senderId() + " in conversation "
                    + notification.conversationId() + ": " + notification.content());
        }
    }

    @Override
    public void onMessagesRead(MessagesRead receipt) {
        if (!receipt.userId().equals(me)) {
            out.println("* " + receipt.userId() + " read your messages at " + TIME.format(receipt.readAt()));
        }
    }

    @Override
    public void onTypingStarted(TypingStarted typing) {
        out.println("* " + typing.userId() + " is typing…");
    }

    @Override
    public void onTypingStopped(TypingStopped typing) {
        out.println("* " + typing.userId() + " stopped typing");
    }

    @Override
    public void onNotification(Notification notification) {
        out.println("* notification: " + notification.title() + " — " + notification.message());
    }

    @Override
    public void onServerError(ServerError error) {
        out.println("! " + error.code() + ": " + error.message());
    }

    @Override
    public void onStateChange(ConnectionStateChange change) {
        out.println("* " + change.current().name().toLowerCase() + " (" + change.reason() + ")");
    }
}
