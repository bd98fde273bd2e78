package dev.chat.bench.gen;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * One generator connection: a Socket.IO client over WebSocket reduced to what the benchmark
 * needs. The handshake (Engine.IO open, Socket.IO CONNECT with the JWT, join) goes through the
 * project's codec; once connected, deliveries take the allocation-free {@link FrameScanner} path
 * and every {@value #CHECK_EVERY}th one is decoded by the codec as a cross-check. Lives on the
 * generator's single event loop: no field needs synchronization.
 */
final class BenchSocket extends SimpleChannelInboundHandler<WebSocketFrame> {
  private static final int CHECK_EVERY = 1024;

  private enum State { HANDSHAKING, AWAITING_OPEN, AWAITING_CONNECT, READY, FAILED, CLOSED }

  private final SocketSpec spec;
  private final String token;
  private final ControlCodec codec;
  private final GeneratorStats stats;
  private final CompletableFuture<BenchSocket> ready = new CompletableFuture<>();
  private State state = State.HANDSHAKING;
  private Channel channel;
  private FrameSink sink = FrameSink.NONE;
  private byte[] sendPrefix;
  private byte[] sendSuffix;
  private boolean dirty;
  private long deliveries;
  private final long[] stampAndLate = new long[2];
  private boolean sender;

  BenchSocket(SocketSpec spec, String token, ControlCodec codec, GeneratorStats stats) {
    this.spec = spec;
    this.token = token;
    this.codec = codec;
    this.stats = stats;
  }

  SocketSpec spec() {
    return spec;
  }

  CompletableFuture<BenchSocket> ready() {
    return ready;
  }

  void sink(FrameSink sink) {
    this.sink = sink;
  }

  boolean isSender() {
    return sender;
  }

  /** Makes this socket a sender of {@code send_message} to {@code toUserId} in its conversation. */
  void prepareSend(long toUserId) {
    String[] template = codec.sendTemplate(spec.conversationId(), toUserId);
    sendPrefix = template[0].getBytes(StandardCharsets.UTF_8);
    sendSuffix = template[1].getBytes(StandardCharsets.UTF_8);
    sender = true;
  }

  /**
   * Writes one {@code send_message} whose content is {@code "<stamp>:<lateNanos>"}; returns true
   * when this socket had nothing pending, so the caller flushes it once per batch.
   */
  boolean send(long stamp, long lateNanos) {
    ByteBuf buf = channel.alloc().buffer(sendPrefix.length + 40 + sendSuffix.length);
    buf.writeBytes(sendPrefix);
    FrameScanner.writeDecimal(buf, stamp);
    buf.writeByte(':');
    FrameScanner.writeDecimal(buf, Math.max(0, lateNanos));
    buf.writeBytes(sendSuffix);
    channel.write(new TextWebSocketFrame(buf), channel.voidPromise());
    boolean first = !dirty;
    dirty = true;
    return first;
  }

  void flush() {
    dirty = false;
    channel.flush();
  }

  void close() {
    if (channel != null) {
      channel.close();
    }
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
      state = State.AWAITING_OPEN;
    } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      fail("WebSocket handshake timed out");
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (!(frame instanceof TextWebSocketFrame) || !frame.isFinalFragment()) {
      stats.otherFrames++;
      stats.problem("a frame the generator does not read: " + frame);
      return;
    }
    ByteBuf content = frame.content();
    if (state == State.READY && content.readableBytes() > 2
        && content.getByte(content.readerIndex()) == '4'
        && content.getByte(content.readerIndex() + 1) == '2') {
      FrameScanner.Kind kind = FrameScanner.kind(content);
      if (kind != FrameScanner.Kind.OTHER) {
        long now = System.nanoTime();
        if (!FrameScanner.readContent(content, stampAndLate)) {
          stats.otherFrames++;
          stats.problem("a delivery without the generator's stamp: " + content.toString(StandardCharsets.UTF_8));
          return;
        }
        if (++deliveries % CHECK_EVERY == 1) {
          crossCheck(content, kind, stampAndLate[0]);
        }
        sink.onDelivery(this, kind, stampAndLate[0], stampAndLate[1], now);
        return;
      }
    }
    control(content.toString(StandardCharsets.UTF_8));
  }

  private void crossCheck(ByteBuf content, FrameScanner.Kind kind, long number) {
    stats.codecChecks++;
    String expected = kind == FrameScanner.Kind.NEW_MESSAGE ? "new_message" : "message_notification";
    if (!codec.isDeliveryWithContent(content.toString(StandardCharsets.UTF_8), expected, number)) {
      stats.codecMismatches++;
      stats.problem("codec disagrees with the scanner on: " + content.toString(StandardCharsets.UTF_8));
    }
  }

  private void control(String text) {
    switch (state) {
      case AWAITING_OPEN -> {
        ControlCodec.Outcome open = codec.checkOpen(text);
        if (!open.ok()) {
          fail(open.problem());
          return;
        }
        if (!open.problem().isEmpty()) {
          stats.toleratedOpens++;
          stats.note(open.problem());
        }
        state = State.AWAITING_CONNECT;
        channel.writeAndFlush(new TextWebSocketFrame(codec.connectText(token)));
      }
      case AWAITING_CONNECT -> {
        ControlCodec.Outcome ack = codec.checkConnectAck(text);
        if (!ack.ok()) {
          fail(ack.problem());
          return;
        }
        state = State.READY;
        if (spec.conversationId() > 0) {
          channel.writeAndFlush(new TextWebSocketFrame(codec.joinText(spec.conversationId())));
        }
        ready.complete(this);
      }
      case READY -> {
        String pong = codec.pongFor(text);
        if (pong != null) {
          channel.writeAndFlush(new TextWebSocketFrame(pong));
        } else if (codec.isErrorEvent(text)) {
          stats.serverErrors++;
          stats.problem("server error event: " + text);
        } else {
          stats.otherFrames++;
        }
      }
      default -> stats.otherFrames++;
    }
  }

  /** The TCP connect itself failed: the channel never became active. */
  void connectFailed(Throwable cause) {
    fail("connect failed: " + cause);
  }

  private void fail(String why) {
    if (state != State.READY && state != State.FAILED) {
      state = State.FAILED;
      stats.connectFailures++;
      stats.problem(why);
      ready.completeExceptionally(new IllegalStateException(why));
      if (channel != null) {
        channel.close();
      }
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (state == State.READY) {
      if (!stats.closing) {
        stats.disconnects++;
        stats.problem("the server closed a connected socket");
      }
      state = State.CLOSED;
    } else {
      fail("connection closed during the handshake (" + state + ")");
    }
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    stats.problem(cause.toString());
    fail(cause.toString());
    ctx.close();
  }
}
