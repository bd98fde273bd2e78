/**
 * The chat domain: conversations, messages, read receipts, typing indicators and notifications,
 * with the ports a host implements. JDK only.
 */
module dev.chat.core {
    exports dev.chat.core;
    exports dev.chat.core.port;
    exports dev.chat.core.memory;
}
