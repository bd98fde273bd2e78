package dev.chat.examples.embedding;

import dev.chat.core.UserId;
import dev.chat.core.port.ConversationPolicy;

/**
 * The shop's rule for who may open a conversation: customers only with support staff ({@code support-*}),
 * staff with anyone. Joining stays participants-only (the default).
 */
public final class CustomersTalkToSupport implements ConversationPolicy {
    @Override
    public boolean mayOpen(UserId opener, UserId other) {
        return isSupport(opener) || isSupport(other);
    }

    private static boolean isSupport(UserId user) {
        return user.value().startsWith("support-");
    }
}
