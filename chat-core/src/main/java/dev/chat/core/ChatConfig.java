package dev.chat.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The domain's limits and timings, all in one immutable record. Build with {@link #builder()} or
 * start from {@link #DEFAULTS}.
 *
 * @param maxContentLength longest message content, in Unicode code points (default 10,000); longer
 *     content is rejected with {@link ChatErrorCode#CONTENT_TOO_LONG}
 * @param typingTimeout how long a typing indicator lives without a refresh before the service emits
 *     {@code typing_stop} by itself (default 5 s)
 * @param defaultHistoryLimit page size of history when the caller gives none (default 50)
 * @param maxHistoryLimit largest page size of history a caller may ask for (default 200); larger is
 *     rejected with {@link ChatErrorCode#INVALID_ARGUMENT}
 * @param maxConversationsListed most conversations returned by one listing, most recent activity
 *     first (default 500)
 * @param maxClientMessageIdLength longest client message id, in UTF-16 chars (default 128)
 * @param maxNotificationTitleLength longest notification title, in code points (default 200)
 * @param maxNotificationMessageLength longest notification message, in code points (default 10,000)
 * @param maxNotificationTypeLength longest notification type, in code points (default 64)
 * @param defaultNotificationLimit page size of a notification listing when the caller gives none
 *     (default 50)
 * @param maxNotificationLimit largest page size of a notification listing a caller may ask for
 *     (default 200); larger is rejected with {@link ChatErrorCode#INVALID_ARGUMENT}
 */
public record ChatConfig(
        int maxContentLength,
        Duration typingTimeout,
        int defaultHistoryLimit,
        int maxHistoryLimit,
        int maxConversationsListed,
        int maxClientMessageIdLength,
        int maxNotificationTitleLength,
        int maxNotificationMessageLength,
        int maxNotificationTypeLength,
        int defaultNotificationLimit,
        int maxNotificationLimit) {

    /** The defaults listed on each component. */
    public static final ChatConfig DEFAULTS = new ChatConfig(
            10_000, Duration.ofSeconds(5), 50, 200, 500, 128, 200, 10_000, 64, 50, 200);

    /**
     * Validates the configuration.
     *
     * @param maxContentLength longest message content, in Unicode code points (default 10,000); longer
     *     content is rejected with {@link ChatErrorCode#CONTENT_TOO_LONG}
     * @param typingTimeout how long a typing indicator lives without a refresh before the service emits
     *     {@code typing_stop} by itself (default 5 s)
     * @param defaultHistoryLimit page size of history when the caller gives none (default 50)
     * @param maxHistoryLimit largest page size of history a caller may ask for (default 200); larger is
     *     rejected with {@link ChatErrorCode#INVALID_ARGUMENT}
     * @param maxConversationsListed most conversations returned by one listing, most recent activity
     *     first (default 500)
     * @param maxClientMessageIdLength longest client message id, in UTF-16 chars (default 128)
     * @param maxNotificationTitleLength longest notification title, in code points (default 200)
     * @param maxNotificationMessageLength longest notification message, in code points (default 10,000)
     * @param maxNotificationTypeLength longest notification type, in code points (default 64)
     * @param defaultNotificationLimit page size of a notification listing when the caller gives none
     *     (default 50)
     * @param maxNotificationLimit largest page size of a notification listing a caller may ask for
     *     (default 200); larger is rejected with {@link ChatErrorCode#INVALID_ARGUMENT}
     * @throws IllegalArgumentException naming the first field out of range
     */
    public ChatConfig {
        Objects.requireNonNull(typingTimeout, "typingTimeout");
        positive("maxContentLength", maxContentLength);
        if (typingTimeout.isNegative() || typingTimeout.isZero()) {
            throw new IllegalArgumentException("typingTimeout must be positive: " + typingTimeout);
        }
        positive("defaultHistoryLimit", defaultHistoryLimit);
        positive("maxHistoryLimit", maxHistoryLimit);
        if (defaultHistoryLimit > maxHistoryLimit) {
            throw new IllegalArgumentException("defaultHistoryLimit must not exceed maxHistoryLimit: "
                    + defaultHistoryLimit + " > " + maxHistoryLimit);
        }
        positive("maxConversationsListed", maxConversationsListed);
        positive("maxClientMessageIdLength", maxClientMessageIdLength);
        positive("maxNotificationTitleLength", maxNotificationTitleLength);
        positive("maxNotificationMessageLength", maxNotificationMessageLength);
        positive("maxNotificationTypeLength", maxNotificationTypeLength);
        positive("defaultNotificationLimit", defaultNotificationLimit);
        positive("maxNotificationLimit", maxNotificationLimit);
        if (defaultNotificationLimit > maxNotificationLimit) {
            throw new IllegalArgumentException("defaultNotificationLimit must not exceed maxNotificationLimit: "
                    + defaultNotificationLimit + " > " + maxNotificationLimit);
        }
    }

    /**
     * Returns a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /**
     * Returns a builder holding this configuration.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void positive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }

    /** Builds a {@link ChatConfig}; every setter returns this builder. */
    public static final class Builder {
        private int maxContentLength;
        private Duration typingTimeout;
        private int defaultHistoryLimit;
        private int maxHistoryLimit;
        private int maxConversationsListed;
        private int maxClientMessageIdLength;
        private int maxNotificationTitleLength;
        private int maxNotificationMessageLength;
        private int maxNotificationTypeLength;
        private int defaultNotificationLimit;
        private int maxNotificationLimit;

        private Builder(ChatConfig from) {
            maxContentLength = from.maxContentLength;
            typingTimeout = from.typingTimeout;
            defaultHistoryLimit = from.defaultHistoryLimit;
            maxHistoryLimit = from.maxHistoryLimit;
            maxConversationsListed = from.maxConversationsListed;
            maxClientMessageIdLength = from.maxClientMessageIdLength;
            maxNotificationTitleLength = from.maxNotificationTitleLength;
            maxNotificationMessageLength = from.maxNotificationMessageLength;
            maxNotificationTypeLength = from.maxNotificationTypeLength;
            defaultNotificationLimit = from.defaultNotificationLimit;
            maxNotificationLimit = from.maxNotificationLimit;
        }

        /**
         * Sets {@link ChatConfig#maxContentLength()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxContentLength(int value) {
            maxContentLength = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#typingTimeout()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder typingTimeout(Duration value) {
            typingTimeout = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#defaultHistoryLimit()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder defaultHistoryLimit(int value) {
            defaultHistoryLimit = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxHistoryLimit()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxHistoryLimit(int value) {
            maxHistoryLimit = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxConversationsListed()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxConversationsListed(int value) {
            maxConversationsListed = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxClientMessageIdLength()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxClientMessageIdLength(int value) {
            maxClientMessageIdLength = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxNotificationTitleLength()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxNotificationTitleLength(int value) {
            maxNotificationTitleLength = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxNotificationMessageLength()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxNotificationMessageLength(int value) {
            maxNotificationMessageLength = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxNotificationTypeLength()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxNotificationTypeLength(int value) {
            maxNotificationTypeLength = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#defaultNotificationLimit()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder defaultNotificationLimit(int value) {
            defaultNotificationLimit = value;
            return this;
        }

        /**
         * Sets {@link ChatConfig#maxNotificationLimit()}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder maxNotificationLimit(int value) {
            maxNotificationLimit = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first field out of range
         */
        public ChatConfig build() {
            return new ChatConfig(maxContentLength, typingTimeout, defaultHistoryLimit, maxHistoryLimit,
                    maxConversationsListed, maxClientMessageIdLength, maxNotificationTitleLength,
                    maxNotificationMessageLength, maxNotificationTypeLength, defaultNotificationLimit,
                    maxNotificationLimit);
        }
    }
}
