package dev.chat.bench.gen;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.Utf8FrameValidator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One generator connection: a Socket.IO client over WebSocket reduced to what the benchmark
 * needs. The handshake (Engine.IO open, Socket.IO CONNECT with the JWT, join) goes through the
 * project's codec over Netty's WebSocket handlers; once connected, the socket takes those
 * handlers out and reads and writes frames itself ({@link ServerFrameReader}, {@link ClientFrame}):
 * deliveries take the allocation-free {@link FrameScanner} path straight on the bytes read, every
 * {@value #CHECK_EVERY}th one is decoded by the codec as a cross-check, and each send is one buffer
 * with the frame already masked. Lives on the generator's single event loop: no field needs
 * synchronization.
 */
final class BenchSocket extends ChannelInboundHandlerAdapter implements ServerFrameReader.Handler {
  private static final int CHECK_EVERY = 1024;

  private enum State { HANDSHAKING, AWAITING_OPEN, AWAITING_CONNECT, READY, FAILED, CLOSED }

  private final SocketSpec spec;
  private final String token;
  private final ControlCodec codec;
  private final GeneratorStats stats;
  private final CompletableFuture<BenchSocket> ready = new CompletableFuture<>();
  private State state = State.HANDSHAKING;
  private Channel channel;
  private ChannelHandlerContext ctx;
  private final ServerFrameReader frames;
  /** Netty's WebSocket handlers are out of the pipeline: this socket frames its own bytes. */
  private boolean raw;
  private FrameSink sink = FrameSink.NONE;
  private byte[] sendPrefix;
  private byte[] sendSuffix;
  private boolean dirty;
  private long deliveries;
  private final long[] stampAndLate = new long[2];
  private boolean sender;

  BenchSocket(SocketSpec spec, String token, ControlCodec codec, GeneratorStats stats, int maxFrame) {
    this.frames = new ServerFrameReader(maxFrame);
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
    long late = Math.max(0, lateNanos);
    int length = sendPrefix.length + FrameScanner.decimalLength(stamp) + 1 + FrameScanner.decimalLength(late)
        + sendSuffix.length;
    ByteBuf buf = ctx.alloc().directBuffer(ClientFrame.headerSize(length) + length);
    int key = ClientFrame.writeHeader(buf, ClientFrame.TEXT, length);
    int from = buf.writerIndex();
    buf.writeBytes(sendPrefix);
    FrameScanner.writeDecimal(buf, stamp);
    buf.writeByte(':');
    FrameScanner.writeDecimal(buf, late);
    buf.writeBytes(sendSuffix);
    ClientFrame.mask(buf, from, buf.writerIndex(), key);
    ctx.write(buf, ctx.voidPromise());
    boolean first = !dirty;
    dirty = true;
    return first;
  }

  void flush() {
    dirty = false;
    ctx.flush();
  }

  void close() {
    if (channel != null) {
      channel.close();
    }
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
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
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf bytes) {
      try {
        frames.read(ctx.alloc(), bytes, this);
      } finally {
        bytes.release();
      }
    } else if (msg instanceof WebSocketFrame frame) {
      try {
        ByteBuf content = frame.content();
        if (frame instanceof TextWebSocketFrame && frame.isFinalFragment()) {
          text(content, content.readerIndex(), content.writerIndex());
        } else {
          stats.otherFrames++;
          stats.problem("a frame the generator does not read: " + frame);
        }
      } finally {
        frame.release();
      }
    } else {
      ctx.fireChannelRead(msg);
    }
  }

  @Override
  public void text(ByteBuf buf, int from, int to) {
    if (state == State.READY && to - from > 2 && buf.getByte(from) == '4' && buf.getByte(from + 1) == '2') {
      FrameScanner.Kind kind = FrameScanner.kind(buf, from, to);
      if (kind != FrameScanner.Kind.OTHER) {
        long now = System.nanoTime();
        if (!FrameScanner.readContent(buf, from, to, stampAndLate)) {
          stats.otherFrames++;
          stats.problem("a delivery without the generator's stamp: " + buf.toString(from, to - from, StandardCharsets.UTF_8));
          return;
        }
        if (++deliveries % CHECK_EVERY == 1) {
          crossCheck(buf.toString(from, to - from, StandardCharsets.UTF_8), kind, stampAndLate[0]);
        }
        sink.onDelivery(this, kind, stampAndLate[0], stampAndLate[1], now);
        return;
      }
    }
    control(buf.toString(from, to - from, StandardCharsets.UTF_8));
  }

  @Override
  public void other(int opcode, boolean fin, ByteBuf buf, int from, int to) {
    if (opcode == ServerFrameReader.PING) {
      ctx.writeAndFlush(ClientFrame.of(ctx.alloc(), ClientFrame.PONG, buf, from, to), ctx.voidPromise());
    } else if (opcode == ServerFrameReader.CLOSE) {
      ctx.close(); // as Netty's protocol handler did: the server ends the connection
    } else {
      stats.otherFrames++;
      stats.problem("a frame the generator does not read: opcode " + opcode + (fin ? "" : ", not final"));
    }
  }

  @Override
  public void broken(String why) {
    stats.otherFrames++;
    stats.problem(why);
    ctx.close();
  }

  private void crossCheck(String text, FrameScanner.Kind kind, long number) {
    stats.codecChecks++;
    String expected = kind == FrameScanner.Kind.NEW_MESSAGE ? "new_message" : "message_notification";
    if (!codec.isDeliveryWithContent(text, expected, number)) {
      stats.codecMismatches++;
      stats.problem("codec disagrees with the scanner on: " + text);
    }
  }

  /** Writes and flushes one text frame: through Netty's encoder during the handshake, framed here after. */
  private void writeText(String text) {
    if (raw) {
      ctx.writeAndFlush(ClientFrame.of(ctx.alloc(), ClientFrame.TEXT, text), ctx.voidPromise());
    } else {
      channel.writeAndFlush(new TextWebSocketFrame(text));
    }
  }

  /**
   * Takes Netty's WebSocket handlers out once the Socket.IO handshake is done: from then on the
   * bytes read come here whole. The frame decoder goes last, so that whatever it had read but not
   * yet decoded is handed on to this socket as bytes.
   */
  private void readRawFrames() {
    ChannelPipeline pipeline = ctx.pipeline();
    ChannelHandler decoder = null;
    for (Map.Entry<String, ChannelHandler> entry : pipeline.toMap().entrySet()) {
      ChannelHandler h = entry.getValue();
      if (h instanceof WebSocketFrameDecoder) {
        decoder = h;
      } else if (h instanceof WebSocketFrameEncoder || h instanceof WebSocketClientProtocolHandler
          || h instanceof Utf8FrameValidator) {
        pipeline.remove(h);
      }
    }
    raw = true;
    if (decoder != null) {
      pipeline.remove(decoder);
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
        writeText(codec.connectText(token));
      }
      case AWAITING_CONNECT -> {
        ControlCodec.Outcome ack = codec.checkConnectAck(text);
        if (!ack.ok()) {
          fail(ack.problem());
          return;
        }
        state = State.READY;
        readRawFrames();
        if (spec.conversationId() > 0) {
          writeText(codec.joinText(spec.conversationId()));
        }
        ready.complete(this);
      }
      case READY -> {
        String pong = codec.pongFor(text);
        if (pong != null) {
          writeText(pong);
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
    frames.release();
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
