package dev.chat.server.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.core.UserId;
import dev.chat.core.port.ChatStore;
import dev.chat.server.ChatServer;
import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.server.auth.TestTokens;
import java.time.Instant;

/**
 * The chat server on 127.0.0.1 and a free port, over a store the test opens and closes, with one
 * conversation open between a sender and a recipient: the set-up of the end-to-end tests that send
 * messages through raw Socket.IO and then read the store.
 */
final class OneConversationChat implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatServer server;
  private final int port;
  private final long conversationId;
  private final long recipient;

  private OneConversationChat(ChatServer server, int port, long conversationId, long recipient) {
    this.server = server;
    this.port = port;
    this.conversationId = conversationId;
    this.recipient = recipient;
  }

  /** Starts a server over {@code store} (HS256 with {@link TestTokens#SECRET}) and opens the conversation. */
  static OneConversationChat start(ChatStore store, long sender, long recipient) {
    ChatServer server = ChatServer.builder(ChatServerConfig.builder()
            .host("127.0.0.1")
            .port(0)
            .jwt(JwtConfig.builder().hmacSecret(TestTokens.SECRET).build())
            .build())
        .store(store)
        .build();
    int port = server.start().getPort();
    long conversationId =
        store.openConversation(UserId.of(sender), UserId.of(recipient), Instant.now()).id();
    return new OneConversationChat(server, port, conversationId, recipient);
  }

  int port() {
    return port;
  }

  long conversationId() {
    return conversationId;
  }

  /** @return a token the server accepts for {@code user}, valid for an hour */
  String token(long user) {
    return TestTokens.hs256(Long.toString(user));
  }

  /** @return a {@code send_message} payload to the recipient in the conversation */
  ObjectNode sendMessage(String content, String clientMessageId) {
    return JSON.createObjectNode()
        .put("conversationId", conversationId)
        .put("content", content)
        .put("toUserId", recipient)
        .put("clientMessageId", clientMessageId);
  }

  @Override
  public void close() {
    server.stop();
  }
}
