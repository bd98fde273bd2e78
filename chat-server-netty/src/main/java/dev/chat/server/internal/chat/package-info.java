/**
 * The chat as one application on a Socket.IO namespace: handshake authentication, the seed's events
 * mapped to {@code ChatService} calls, chat-core events mapped to the seed's JSON and to rooms, and
 * the one typing-expiry timer. Not API.
 */
package dev.chat.server.internal.chat;
