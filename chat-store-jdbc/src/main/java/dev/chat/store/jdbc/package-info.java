/**
 * A durable chat store on JDBC: {@link dev.chat.store.jdbc.JdbcChatStore}, a
 * {@link dev.chat.core.port.ChatStore} on an embedded H2 file database (the default, under
 * {@code ./data/}) or on PostgreSQL, configured by {@link dev.chat.store.jdbc.JdbcStoreConfig}.
 *
 * <p>Everything under {@code dev.chat.store.jdbc.internal} is implementation, not API.
 */
package dev.chat.store.jdbc;
