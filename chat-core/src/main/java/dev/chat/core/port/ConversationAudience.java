package dev.chat.core.port;

/**
 * The connections that joined a conversation's live feed.
 *
 * @param conversationId the conversation
 */
public record ConversationAudience(long conversationId) implements Audience {
}
