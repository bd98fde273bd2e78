/**
 * The chat client's public API.
 *
 * <p>Build a {@link dev.chat.client.ChatClient} with {@link dev.chat.client.ChatClient#builder()},
 * add a {@link dev.chat.client.ChatListener}, call {@link dev.chat.client.ChatClient#connect()}. Every
 * server event arrives as a record ({@link dev.chat.client.Message}, {@link dev.chat.client.MessagesRead},
 * ...), every command returns a {@link java.util.concurrent.CompletableFuture} completed by the server's
 * acknowledgement or failed with a {@link dev.chat.client.ChatClientException} carrying a stable code.
 *
 * <p>Threading: every method may be called from any thread. Listeners and future completions run on the
 * listener executor (by default one dedicated daemon thread per client), never on the WebSocket's I/O
 * thread, one event at a time and in the order the server sent them.
 */
package dev.chat.client;
