package dev.chat.client;

/**
 * Receives a {@link ChatClient}'s events. Every method has an empty default: override the ones you need.
 *
 * <p><b>Order.</b> For each event, {@link #onEvent(ChatEvent)} is called first, then the typed method.
 * Events reach a listener one at a time, in the order the server sent them; connection-state changes are
 * delivered in the order they happened, interleaved with the server's events.
 *
 * <p><b>Threading.</b> Methods run on the client's listener executor (by default one dedicated daemon
 * thread per client), never on the WebSocket's I/O thread. A listener that blocks delays later events
 * to every listener of that client, but never the connection's heartbeat.
 *
 * <p><b>Exceptions.</b> An exception thrown by a listener is reported to the JDK's
 * {@link System.Logger} (logger {@code dev.chat.client}) and otherwise ignored: other listeners still
 * get the event, and the connection is unaffected.
 */
public interface ChatListener {
    /** Any event, before its typed method. */
    default void onEvent(ChatEvent event) {
    }

    /** {@code new_message}: a message in a conversation this client has joined (including its own). */
    default void onNewMessage(Message message) {
    }

    /** {@code message_notification}: a message was sent to this user. */
    default void onMessageNotification(MessageNotification notification) {
    }

    /** {@code messages_read}: the other participant (or this user's other device) read the messages. */
    default void onMessagesRead(MessagesRead receipt) {
    }

    /** {@code typing_start}: the other participant is typing. */
    default void onTypingStarted(TypingStarted typing) {
    }

    /** {@code typing_stop}: the other participant stopped typing. */
    default void onTypingStopped(TypingStopped typing) {
    }

    /** {@code new_notification}: a system notification for this user. */
    default void onNotification(Notification notification) {
    }

    /** {@code error}: a command was rejected by the server. */
    default void onServerError(ServerError error) {
    }

    /** The connection state changed. */
    default void onStateChange(ConnectionStateChange change) {
    }
}
