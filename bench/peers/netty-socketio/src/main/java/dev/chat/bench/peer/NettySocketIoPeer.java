package dev.chat.bench.peer;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.corundumstudio.socketio.AuthTokenResult;
import com.corundumstudio.socketio.Configuration;
import com.corundumstudio.socketio.SocketIOClient;
import com.corundumstudio.socketio.SocketIOServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark peer: netty-socketio with its default configuration, implementing the chat's events
 * as the seed describes them, with an in-memory store and HS256 JWT auth in the CONNECT auth
 * object. Usage: {@code java -jar netty-socketio-peer.jar <port>}, secret in
 * {@code CHAT_JWT_SECRET}.
 */
public final class NettySocketIoPeer {
  private static final String USER = "userId";

  /** The {@code send_message} payload. */
  public static final class SendMessage {
    public Object conversationId;
    public Object toUserId;
    public String content;
  }

  private NettySocketIoPeer() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "8000");
    String secret = System.getenv().getOrDefault("CHAT_JWT_SECRET", "bench-secret");
    JWTVerifier verifier = JWT.require(Algorithm.HMAC256(secret)).build();
    Map<Long, List<Map<String, Object>>> store = new ConcurrentHashMap<>();
    AtomicLong ids = new AtomicLong();

    Configuration config = new Configuration(); // defaults, but for the address
    config.setHostname("127.0.0.1");
    config.setPort(port);
    SocketIOServer server = new SocketIOServer(config);

    server.getNamespace("").addAuthTokenListener((authData, client) -> {
      Long user = userOf(verifier, authData);
      if (user == null) {
        return new AuthTokenResult(false, Map.of("message", "Authentication error"));
      }
      client.set(USER, user);
      // netty-socketio runs the connect listeners before the auth listener: join here.
      client.joinRoom("user_" + user);
      return AuthTokenResult.AuthTokenResultSuccess;
    });
    server.addConnectListener(client -> {
      Long user = client.get(USER);
      if (user != null) {
        client.joinRoom("user_" + user);
      }
    });
    server.addEventListener("join_conversation", Object.class,
        (client, id, ack) -> client.joinRoom("conversation_" + id));
    server.addEventListener("leave_conversation", Object.class,
        (client, id, ack) -> client.leaveRoom("conversation_" + id));
    server.addEventListener("send_message", SendMessage.class, (client, data, ack) -> {
      Long sender = client.get(USER);
      if (data == null || data.conversationId == null || data.toUserId == null || data.content == null) {
        client.sendEvent("error", Map.of("message", "Failed to send message"));
        return;
      }
      long conversationId = Long.parseLong(data.conversationId.toString());
      long receiverId = Long.parseLong(data.toUserId.toString());
      String createdAt = Instant.ofEpochMilli(System.currentTimeMillis()).toString();
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("id", ids.incrementAndGet());
      message.put("conversation_id", conversationId);
      message.put("sender_id", sender);
      message.put("receiver_id", receiverId);
      message.put("content", data.content);
      message.put("is_read", false);
      message.put("read_at", null);
      message.put("created_at", createdAt);
      store.computeIfAbsent(conversationId, k -> Collections.synchronizedList(new ArrayList<>())).add(message);
      server.getRoomOperations("conversation_" + conversationId).sendEvent("new_message", message);
      Map<String, Object> note = new LinkedHashMap<>();
      note.put("id", message.get("id"));
      note.put("conversation_id", conversationId);
      note.put("sender_id", sender);
      note.put("receiver_id", receiverId);
      note.put("content", data.content);
      note.put("is_read", false);
      note.put("created_at", createdAt);
      note.put("type", "new_message");
      server.getRoomOperations("user_" + receiverId).sendEvent("message_notification", note);
    });

    server.start();
    System.out.println("netty-socketio peer listening on 127.0.0.1:" + port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    Thread.currentThread().join();
  }

  private static Long userOf(JWTVerifier verifier, Object authData) {
    if (!(authData instanceof Map<?, ?> auth) || !(auth.get("token") instanceof String token)) {
      return null;
    }
    String raw = token.startsWith("Bearer ") ? token.substring(7) : token;
    try {
      DecodedJWT jwt = verifier.verify(raw);
      Long id = jwt.getClaim("id").asLong();
      if (id == null) {
        id = jwt.getClaim("userId").asLong();
      }
      return id != null ? id : Long.valueOf(jwt.getSubject());
    } catch (JWTVerificationException | NumberFormatException e) {
      return null;
    }
  }
}
