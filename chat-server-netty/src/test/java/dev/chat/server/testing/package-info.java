/**
 * Test support shipped in chat-server-netty's test-jar: JDK-client helpers that talk raw Engine.IO
 * to a running server ({@link dev.chat.server.testing.RecordingWebSocket} for WebSocket,
 * {@link dev.chat.server.testing.Polling} for HTTP long-polling), and
 * {@link dev.chat.server.testing.ForwardingChatStore} for test stores that change one behaviour.
 * Used by this module's tests and by chat-examples' conformance tests.
 */
package dev.chat.server.testing;
