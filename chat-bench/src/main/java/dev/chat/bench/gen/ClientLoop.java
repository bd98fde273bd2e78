package dev.chat.bench.gen;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The generator's one event loop and the connections on it. Every socket, every send and every
 * receive runs on this single thread (the generator is pinned to its own core), so the
 * scenarios' counters need no synchronization; the main thread only starts work here and waits
 * for futures with a timeout.
 */
final class ClientLoop implements AutoCloseable {
  private static final int MAX_FRAME = 1 << 20;
  /** Spread client ports over several loopback source addresses: 20k sockets and no TIME_WAIT reuse worries. */
  private static final int SOURCE_ADDRESSES = 16;

  private final EventLoopGroup group;
  private final EventLoop loop;
  private final Bootstrap bootstrap;
  private final InetSocketAddress remote;
  private final URI uri;
  private final ControlCodec codec;
  private final Tokens tokens;
  private final GeneratorStats stats;
  private final String transport;

  ClientLoop(String host, int port, ControlCodec codec, Tokens tokens, GeneratorStats stats) {
    // -Dbench.transport=epoll (default when available), io_uring or nio.
    String wanted = System.getProperty("bench.transport", "epoll");
    Class<? extends Channel> channelType;
    IoHandlerFactory io;
    if (wanted.equals("io_uring") && IoUring.isAvailable()) {
      io = IoUringIoHandler.newFactory();
      channelType = IoUringSocketChannel.class;
      this.transport = "io_uring";
    } else if (!wanted.equals("nio") && Epoll.isAvailable()) {
      io = EpollIoHandler.newFactory();
      channelType = EpollSocketChannel.class;
      this.transport = "epoll";
    } else {
      io = NioIoHandler.newFactory();
      channelType = NioSocketChannel.class;
      this.transport = "nio";
    }
    this.group = new MultiThreadIoEventLoopGroup(1, io);
    this.loop = group.next();
    this.remote = new InetSocketAddress(host, port);
    this.uri = URI.create("ws://" + host + ":" + port + "/socket.io/?EIO=4&transport=websocket");
    this.codec = codec;
    this.tokens = tokens;
    this.stats = stats;
    this.bootstrap = new Bootstrap()
        .group(group)
        .channel(channelType)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.SO_LINGER, 0)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
  }

  String transport() {
    return transport;
  }

  EventLoop loop() {
    return loop;
  }

  GeneratorStats stats() {
    return stats;
  }

  /** Runs {@code task} on the loop and waits for its result. */
  <T> T call(Callable<T> task) {
    try {
      return loop.submit(task).get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("event loop task failed: " + e, e);
    }
  }

  /** Runs {@code task} on the loop and waits for it. */
  void run(Runnable task) {
    call(() -> {
      task.run();
      return null;
    });
  }

  /**
   * Opens one socket per spec, at most {@code maxInFlight} handshakes at a time, and completes
   * with the sockets that became ready (in spec order) once every attempt has ended; failures
   * are counted in {@link GeneratorStats#connectFailures}.
   */
  CompletableFuture<List<BenchSocket>> open(List<SocketSpec> specs, int maxInFlight) {
    CompletableFuture<List<BenchSocket>> done = new CompletableFuture<>();
    loop.execute(new Opener(specs, maxInFlight, done)::startMore);
    return done;
  }

  private final class Opener {
    private final List<SocketSpec> specs;
    private final int maxInFlight;
    private final CompletableFuture<List<BenchSocket>> done;
    private final BenchSocket[] opened;
    private int next;
    private int inFlight;
    private int finished;

    Opener(List<SocketSpec> specs, int maxInFlight, CompletableFuture<List<BenchSocket>> done) {
      this.specs = specs;
      this.maxInFlight = maxInFlight;
      this.done = done;
      this.opened = new BenchSocket[specs.size()];
    }

    void startMore() {
      while (inFlight < maxInFlight && next < specs.size()) {
        int index = next++;
        inFlight++;
        BenchSocket socket = connect(specs.get(index), index);
        socket.ready().whenComplete((s, error) -> {
          inFlight--;
          finished++;
          if (error == null) {
            opened[index] = s;
          }
          if (finished == specs.size()) {
            List<BenchSocket> ready = new ArrayList<>(specs.size());
            for (BenchSocket b : opened) {
              if (b != null) {
                ready.add(b);
              }
            }
            done.complete(ready);
          } else {
            startMore();
          }
        });
      }
      if (specs.isEmpty()) {
        done.complete(List.of());
      }
    }
  }

  private BenchSocket connect(SocketSpec spec, int index) {
    BenchSocket socket = new BenchSocket(spec, tokens.forUser(spec.userId()), codec, stats, MAX_FRAME);
    Bootstrap b = bootstrap.clone().handler(new ChannelInitializer<Channel>() {
      @Override
      protected void initChannel(Channel ch) {
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
            .webSocketUri(uri)
            .version(WebSocketVersion.V13)
            .customHeaders(EmptyHttpHeaders.INSTANCE)
            .maxFramePayloadLength(MAX_FRAME)
            .handshakeTimeoutMillis(20_000)
            .generateOriginHeader(false) // a Node or Java client sends none; browsers are not modelled
            .withUTF8Validator(false) // the scanner reads ASCII; the sampled codec check decodes UTF-8
            .build();
        ch.pipeline()
            .addLast("http", new HttpClientCodec())
            .addLast("aggregator", new HttpObjectAggregator(65_536))
            .addLast("ws", new WebSocketClientProtocolHandler(config))
            .addLast("socket", socket); // no aggregator: the servers send each packet as one final frame
      }
    });
    InetSocketAddress local = new InetSocketAddress("127.0.0." + (2 + index % SOURCE_ADDRESSES), 0);
    ChannelFuture f = b.connect(remote, local);
    f.addListener(future -> {
      if (!future.isSuccess()) {
        socket.connectFailed(future.cause());
      }
    });
    return socket;
  }

  /** Closes every connection (with a reset: no TIME_WAIT left behind) and stops the loop. */
  @Override
  public void close() {
    stats.closing = true;
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
  }
}
