package dev.chat.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A 1-on-1 conversation between exactly two different users.
 *
 * <p>There is at most one conversation per unordered pair of users. {@code first} and {@code second}
 * are in the order of the call that created the conversation; the order carries no meaning.
 *
 * @param id the store-assigned id, positive
 * @param first one participant
 * @param second the other participant, different from {@code first}
 * @param createdAt when the conversation was created (UTC, millisecond precision)
 */
public record Conversation(long id, UserId first, UserId second, Instant createdAt) {

    /**
     * Validates the conversation.
     *
     * @param id the store-assigned id, positive
     * @param first one participant
     * @param second the other participant, different from {@code first}
     * @param createdAt when the conversation was created (UTC, millisecond precision)
     * @throws IllegalArgumentException if the id is not positive or both participants are the same user
     */
    public Conversation {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id <= 0) {
            throw new IllegalArgumentException("conversation id must be positive: " + id);
        }
        if (first.equals(second)) {
            throw new IllegalArgumentException("a conversation needs two different users: " + first);
        }
    }

    /**
     * Returns both participants.
     *
     * @return {@code [first, second]}
     */
    public List<UserId> participants() {
        return List.of(first, second);
    }

    /**
     * Whether the user takes part in this conversation.
     *
     * @param user a user
     * @return true if the user is {@code first} or {@code second}
     */
    public boolean hasParticipant(UserId user) {
        return first.equals(user) || second.equals(user);
    }

    /**
     * Returns the participant who is not {@code user}.
     *
     * @param user one of the participants
     * @return the other participant
     * @throws IllegalArgumentException if {@code user} is not a participant
     */
    public UserId otherParticipant(UserId user) {
        if (first.equals(user)) {
            return second;
        }
        if (second.equals(user)) {
            return first;
        }
        throw new IllegalArgumentException("not a participant of conversation " + id + ": " + user);
    }
}
