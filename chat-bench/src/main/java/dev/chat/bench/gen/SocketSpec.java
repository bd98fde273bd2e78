package dev.chat.bench.gen;

/**
 * One connection to open: the user it authenticates as and the conversation it joins
 * ({@code conversationId <= 0}: none).
 */
record SocketSpec(long userId, long conversationId) {}
