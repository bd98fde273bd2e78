/**
 * The chat domain API: {@link dev.chat.core.ChatService} and the values it takes and returns.
 *
 * <p>Every service call returns a {@link dev.chat.core.Result}: either {@code Ok} with a value or
 * {@code Rejected} with a {@link dev.chat.core.ChatError} carrying a stable
 * {@link dev.chat.core.ChatErrorCode} and an exact human sentence. Nothing is stored and nothing is
 * emitted for a rejected call. Outbound traffic is described by {@link dev.chat.core.ChatEvent}s handed
 * to the host's {@link dev.chat.core.port.ChatEventSink}.
 *
 * <p>All timestamps are UTC instants truncated to milliseconds. Conversation, message and notification
 * ids are positive {@code long}s assigned by the store, strictly increasing in store order.
 */
package dev.chat.core;
