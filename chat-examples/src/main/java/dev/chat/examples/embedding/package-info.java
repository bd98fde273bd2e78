/**
 * Embedding the chat server in a host application: its own sessions and conversation rule, and
 * notifications published from its business logic.
 */
package dev.chat.examples.embedding;
