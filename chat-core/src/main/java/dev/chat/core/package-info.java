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
 *
 * <p>A host wires the service once and translates each inbound event to one call:
 * <pre>{@code
 * ChatService chat = ChatService.builder()
 *         .store(new InMemoryChatStore())       // or a durable ChatStore
 *         .sink(roomsAndBroadcaster)            // the host's ChatEventSink
 *         .build();
 *
 * Caller caller = Caller.of(UserId.of(jwtSubject), ConnectionId.of(socketId));
 * chat.connected(caller);                                     // on connect
 * chat.join(caller, 123);                                     // join_conversation
 * Result<Message> sent = chat.send(caller,                    // send_message
 *         SendMessage.of(123, "Hello world!").toUser(UserId.of(456)));
 * if (sent instanceof Result.Rejected<Message> r) {
 *     // emit "error" {"message": r.error().message()} to the caller
 * }
 * chat.disconnected(caller);                                  // on disconnect
 * // and one timer: at chat.nextTypingExpiry(), call chat.expireTyping()
 * }</pre>
 */
package dev.chat.core;
