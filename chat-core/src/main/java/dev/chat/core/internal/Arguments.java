package dev.chat.core.internal;

import dev.chat.core.ChatConfig;
import dev.chat.core.ChatError;
import dev.chat.core.HistoryQuery;
import dev.chat.core.NotificationQuery;
import dev.chat.core.PublishNotification;
import dev.chat.core.SendMessage;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Checks of call arguments that need no store, against the configured limits. */
final class Arguments {

    private final ChatConfig config;

    Arguments(ChatConfig config) {
        this.config = config;
    }

    Optional<ChatError> checkSend(SendMessage command) {
        String content = command.content();
        if (content == null || content.isBlank()) {
            return Optional.of(Rejections.CONTENT_EMPTY);
        }
        if (longerThan(content, config.maxContentLength())) {
            return Optional.of(Rejections.contentTooLong(config.maxContentLength()));
        }
        String clientId = command.clientMessageId();
        if (clientId != null && (clientId.isEmpty() || clientId.length() > config.maxClientMessageIdLength())) {
            return Optional.of(Rejections.badClientMessageId(config.maxClientMessageIdLength()));
        }
        return Optional.empty();
    }

    Optional<ChatError> checkHistory(HistoryQuery query) {
        return page(query.before(), Rejections.BAD_BEFORE, query.limit(), config.maxHistoryLimit());
    }

    int historyLimit(HistoryQuery query) {
        return query.limit().orElse(config.defaultHistoryLimit());
    }

    Optional<ChatError> checkNotifications(NotificationQuery query) {
        return page(query.before(), Rejections.BAD_NOTIFICATION_BEFORE, query.limit(), config.maxNotificationLimit());
    }

    int notificationLimit(NotificationQuery query) {
        return query.limit().orElse(config.defaultNotificationLimit());
    }

    /** A page bound: {@code before} must be a positive id, {@code limit} between 1 and {@code maxLimit}. */
    private static Optional<ChatError> page(OptionalLong before, ChatError badBefore, OptionalInt limit, int maxLimit) {
        if (before.isPresent() && before.getAsLong() <= 0) {
            return Optional.of(badBefore);
        }
        if (limit.isPresent() && (limit.getAsInt() < 1 || limit.getAsInt() > maxLimit)) {
            return Optional.of(Rejections.badLimit(maxLimit));
        }
        return Optional.empty();
    }

    Optional<ChatError> checkNotification(PublishNotification command) {
        return text("title", command.title(), config.maxNotificationTitleLength())
                .or(() -> text("message", command.message(), config.maxNotificationMessageLength()))
                .or(() -> text("type", command.type(), config.maxNotificationTypeLength()));
    }

    private static Optional<ChatError> text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of(Rejections.blankField(field));
        }
        if (longerThan(value, max)) {
            return Optional.of(Rejections.longField(field, max));
        }
        return Optional.empty();
    }

    /** Whether the text has more than {@code max} code points (a surrogate pair counts once). */
    static boolean longerThan(String text, int max) {
        if (text.length() <= max) {
            return false;
        }
        return text.codePointCount(0, text.length()) > max;
    }
}
