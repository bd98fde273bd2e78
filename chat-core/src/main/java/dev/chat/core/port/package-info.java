/**
 * Ports: what a host or another module implements for the chat domain.
 *
 * <ul>
 *   <li>{@link dev.chat.core.port.ChatStore} (made of {@link dev.chat.core.port.ConversationStore},
 *       {@link dev.chat.core.port.MessageStore} and {@link dev.chat.core.port.NotificationStore}):
 *       durable state. A store signals a transient outage with
 *       {@link dev.chat.core.port.StoreUnavailableException}. Every implementation must pass the store
 *       contract suite shipped in chat-core's test-jar.</li>
 *   <li>{@link dev.chat.core.port.ConversationPolicy}: who may open and join conversations.</li>
 *   <li>{@link dev.chat.core.port.ChatEventSink}: where outbound events go, addressed to
 *       {@link dev.chat.core.port.Audience}s.</li>
 *   <li>The clock is a plain {@link java.time.Clock}.</li>
 * </ul>
 */
package dev.chat.core.port;
