package dev.chat.core.port;

import dev.chat.core.UserId;
import java.util.Objects;

/**
 * Every connection of one user.
 *
 * @param user the user
 */
public record UserAudience(UserId user) implements Audience {

    /**
     * Validates that the user is present.
     *
     * @param user the user
     */
    public UserAudience {
        Objects.requireNonNull(user, "user");
    }
}
