/**
 * Implementation of the chat domain; not exported. {@link dev.chat.core.internal.DefaultChatService}
 * assembles the parts: argument checks, store-failure mapping, per-conversation ordering and the
 * typing indicator clock.
 */
package dev.chat.core.internal;
