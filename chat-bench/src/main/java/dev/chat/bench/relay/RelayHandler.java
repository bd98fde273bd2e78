package dev.chat.bench.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import java.io.IOException;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One relay connection: Engine.IO open on handshake, CONNECT with the token, then
 * {@code join_conversation}, {@code leave_conversation} and {@code send_message}, read with
 * Jackson's streaming parser straight from the frame.
 */
final class RelayHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  private static final JsonFactory JSON = new JsonFactory();

  private final RelayState state;
  private final Set<Long> joined = new HashSet<>(4);
  private long userId = -1;

  RelayHandler(RelayState state) {
    this.state = state;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof HandshakeComplete) {
      ctx.writeAndFlush(new TextWebSocketFrame(RelayFrames.open(state.nextSid())));
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) throws IOException {
    if (!(frame instanceof TextWebSocketFrame)) {
      return;
    }
    ByteBuf c = frame.content();
    int at = c.readerIndex();
    if (c.readableBytes() < 2 || c.getByte(at) != '4') {
      return; // pongs and anything else: the relay keeps no heartbeat
    }
    byte type = c.getByte(at + 1);
    ByteBuf json = c.slice(at + 2, c.readableBytes() - 2);
    if (type == '0') {
      connect(ctx, json);
    } else if (type == '2' && userId >= 0) {
      event(ctx.channel(), json);
    }
  }

  private void connect(ChannelHandlerContext ctx, ByteBuf json) throws IOException {
    String token = null;
    if (json.isReadable()) {
      try (JsonParser p = JSON.createParser((java.io.InputStream) new ByteBufInputStream(json))) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("token")) {
              token = p.getValueAsString();
            } else {
              p.skipChildren();
            }
          }
        }
      }
    }
    OptionalLong user = state.auth().userOf(token);
    if (user.isEmpty()) {
      ctx.writeAndFlush(new TextWebSocketFrame(RelayFrames.refused()));
      return;
    }
    userId = user.getAsLong();
    state.joinUser(userId, ctx.channel());
    ctx.writeAndFlush(new TextWebSocketFrame(RelayFrames.connected(state.nextSid())));
  }

  private void event(Channel ch, ByteBuf json) throws IOException {
    try (JsonParser p = JSON.createParser((java.io.InputStream) new ByteBufInputStream(json))) {
      if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_STRING) {
        return;
      }
      String name = p.getText();
      p.nextToken();
      switch (name) {
        case "join_conversation" -> {
          long id = idOf(p);
          joined.add(id);
          state.joinConversation(id, ch);
        }
        case "leave_conversation" -> {
          long id = idOf(p);
          joined.remove(id);
          state.leave(id, ch);
        }
        case "send_message" -> send(ch, p);
        default -> { }
      }
    }
  }

  private void send(Channel ch, JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return;
    }
    long conversationId = -1;
    long toUserId = -1;
    String content = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "conversationId" -> conversationId = idOf(p);
        case "toUserId" -> toUserId = idOf(p);
        case "content" -> content = p.getValueAsString();
        default -> p.skipChildren();
      }
    }
    if (conversationId < 0 || toUserId < 0 || content == null) {
      ch.writeAndFlush(new TextWebSocketFrame("42[\"error\",{\"message\":\"Failed to send message\"}]"));
      return;
    }
    RelayState.StoredMessage m = state.store(conversationId, userId, toUserId, content);
    broadcast(state.conversation(conversationId), RelayFrames.newMessage(ch.alloc(), m));
    broadcast(state.user(toUserId), RelayFrames.notification(ch.alloc(), m));
  }

  private static void broadcast(Set<Channel> room, ByteBuf frame) {
    try {
      for (Channel member : room) {
        member.writeAndFlush(new TextWebSocketFrame(frame.retainedDuplicate()), member.voidPromise());
      }
    } finally {
      frame.release();
    }
  }

  private static long idOf(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    try {
      return Long.parseLong(p.getValueAsString("-1"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    for (long id : joined) {
      state.leave(id, ctx.channel());
    }
    if (userId >= 0) {
      state.leaveUser(userId, ctx.channel());
    }
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
