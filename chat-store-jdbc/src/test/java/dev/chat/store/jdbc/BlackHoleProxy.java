package dev.chat.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of a server, which can go silent: while {@linkplain #freeze()
 * frozen} it swallows every byte and connects nothing, as a network partition or a frozen host
 * would (no reset, no FIN), so that only the client's own timeouts can notice.
 */
final class BlackHoleProxy implements AutoCloseable {

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean frozen;

  /**
   * Starts relaying to {@code target} from a free port.
   *
   * @param target where to relay to
   */
  BlackHoleProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "black-hole-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** @return the relay's port on 127.0.0.1 */
  int port() {
    return server.getLocalPort();
  }

  /** Goes silent: bytes in either direction are dropped, new connections are never served. */
  void freeze() {
    frozen = true;
  }

  /** Relays again; connections from before are dropped, as a partition's TCP sessions would be. */
  void thaw() {
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    sockets.clear();
    frozen = false;
  }

  @Override
  public void close() {
    closeQuietly(server);
    thaw();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (frozen) {
          continue; // accepted, never answered
        }
        Socket upstream = new Socket();
        upstream.connect(target, 2000);
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        // closed, or upstream unreachable: the client sees its connection hang or close
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (!frozen) {
            out.write(buffer, 0, n);
            out.flush();
          }
        }
      } catch (IOException e) {
        // one side closed
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "black-hole-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // already closed
    }
  }
}
