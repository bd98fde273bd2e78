package dev.chat.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ChatConfig d = ChatConfig.DEFAULTS;

        assertThat(d.maxContentLength()).isEqualTo(10_000);
        assertThat(d.typingTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(d.defaultHistoryLimit()).isEqualTo(50);
        assertThat(d.maxHistoryLimit()).isEqualTo(200);
        assertThat(d.maxConversationsListed()).isEqualTo(500);
        assertThat(d.maxClientMessageIdLength()).isEqualTo(128);
        assertThat(d.maxNotificationTitleLength()).isEqualTo(200);
        assertThat(d.maxNotificationMessageLength()).isEqualTo(10_000);
        assertThat(d.maxNotificationTypeLength()).isEqualTo(64);
        assertThat(d.defaultNotificationLimit()).isEqualTo(50);
        assertThat(d.maxNotificationLimit()).isEqualTo(200);
        assertThat(ChatConfig.builder().build()).isEqualTo(d);
    }

    @Test
    void toBuilderKeepsEveryOtherField() {
        ChatConfig custom = ChatConfig.builder().maxContentLength(42).typingTimeout(Duration.ofSeconds(2)).build();

        ChatConfig copy = custom.toBuilder().maxHistoryLimit(300).maxNotificationLimit(400).build();

        assertThat(copy.maxContentLength()).isEqualTo(42);
        assertThat(copy.typingTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(copy.maxHistoryLimit()).isEqualTo(300);
        assertThat(custom.maxHistoryLimit()).isEqualTo(200);
        assertThat(copy.maxNotificationLimit()).isEqualTo(400);
        assertThat(copy.defaultNotificationLimit()).isEqualTo(50);
    }

    @Test
    void buildRejectsOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> ChatConfig.builder().maxContentLength(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxContentLength must be positive: 0");
        assertThatThrownBy(() -> ChatConfig.builder().typingTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("typingTimeout must be positive: PT0S");
        assertThatThrownBy(() -> ChatConfig.builder().defaultHistoryLimit(201).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultHistoryLimit must not exceed maxHistoryLimit: 201 > 200");
        assertThatThrownBy(() -> ChatConfig.builder().maxNotificationTypeLength(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxNotificationTypeLength must be positive: -1");
        assertThatThrownBy(() -> ChatConfig.builder().defaultNotificationLimit(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("defaultNotificationLimit must be positive: 0");
        assertThatThrownBy(() -> ChatConfig.builder().maxNotificationLimit(49).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("defaultNotificationLimit must not exceed maxNotificationLimit: 50 > 49");
    }

    @Test
    void theServiceBuilderNeedsAStoreAndASink() {
        assertThatThrownBy(() -> ChatService.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("store is required");
        assertThatThrownBy(() -> ChatService.builder().store(new dev.chat.core.memory.InMemoryChatStore()).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("sink is required");
    }
}
