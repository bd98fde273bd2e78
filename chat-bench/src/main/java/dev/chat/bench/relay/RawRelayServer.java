package dev.chat.bench.relay;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

/**
 * The raw Netty relay peer: the practical floor for any Socket.IO server on Netty. It answers
 * the Engine.IO open and the Socket.IO CONNECT (HS256 JWT in the auth object), keeps rooms and an
 * in-memory message list, and per {@code send_message} writes the two JSON frames
 * ({@code new_message} to the conversation room, {@code message_notification} to the receiver's
 * user room), each built once and written with {@code writeAndFlush} to every member. No
 * heartbeat, no polling, no acks, no packet model. It runs on the same transport as our server
 * (epoll when available) with one event loop per core, as ours does, so the two differ only in
 * what they do per message.
 *
 * <p>Usage: {@code java -cp chat-bench.jar dev.chat.bench.relay.RawRelayServer <port>} with the
 * secret in {@code CHAT_JWT_SECRET}; {@code -Drelay.epoll=false} uses the NIO transport.
 */
public final class RawRelayServer {
  private RawRelayServer() {}

  /** Starts the relay on 127.0.0.1 and the given port and serves until killed. */
  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "8000");
    String secret = System.getenv().getOrDefault("CHAT_JWT_SECRET", "bench-secret");
    boolean epoll = !"false".equals(System.getProperty("relay.epoll")) && Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, io);
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), io);
    RelayState state = new RelayState(new RelayAuth(secret));
    try {
      Channel server = new ServerBootstrap()
          .group(boss, workers)
          .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
          .option(ChannelOption.SO_BACKLOG, 4096)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childHandler(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
              ch.pipeline()
                  .addLast("http", new HttpServerCodec())
                  .addLast("aggregator", new HttpObjectAggregator(65_536))
                  .addLast("ws", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                      .websocketPath("/socket.io/")
                      .checkStartsWith(true)
                      .maxFramePayloadLength(1_000_000)
                      .build()))
                  .addLast("relay", new RelayHandler(state));
            }
          })
          .bind("127.0.0.1", port).sync().channel();
      System.out.println("raw relay listening on 127.0.0.1:" + port + " (" + (epoll ? "epoll" : "nio") + ")");
      server.closeFuture().sync();
    } finally {
      boss.shutdownGracefully();
      workers.shutdownGracefully();
    }
  }
}
