/**
 * A thread-safe in-memory {@link dev.chat.core.port.ChatStore}, for tests, examples and single-node
 * deployments that accept losing history on restart.
 */
package dev.chat.core.memory;
