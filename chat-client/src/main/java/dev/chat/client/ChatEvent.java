package dev.chat.client;

/**
 * Everything a {@link ChatListener} can receive, as records: the server's events of the seed API and the
 * client's own connection-state changes. Useful to record or queue events generically;
 * {@link ChatListener#onEvent(ChatEvent)} receives every one of them.
 */
public sealed interface ChatEvent
        permits Message, MessageNotification, MessagesRead, TypingStarted, TypingStopped, Notification,
                ServerError, ConnectionStateChange {
}
