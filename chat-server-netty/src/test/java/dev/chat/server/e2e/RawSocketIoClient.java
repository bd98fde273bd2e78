package dev.chat.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The smallest Socket.IO v5 client over Engine.IO v4 WebSocket that a crash test needs: connect to
 * the default namespace with an auth token, emit with an ack and wait for it, answer pings. Built on
 * the JDK WebSocket only, so that it tests the server's wire format independently of our codecs.
 */
final class RawSocketIoClient implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket ws;
  private final BlockingQueue<String> frames;
  private final Duration timeout;
  private final List<JsonNode> events = new ArrayList<>();
  private long nextAckId = 1;

  private RawSocketIoClient(WebSocket ws, BlockingQueue<String> frames, Duration timeout) {
    this.ws = ws;
    this.frames = frames;
    this.timeout = timeout;
  }

  /**
   * Opens a WebSocket to {@code http://127.0.0.1:port/socket.io/} and connects to namespace "/".
   *
   * @param port the server's port
   * @param token the bearer token sent as {@code auth.token}
   * @param timeout bound of every wait
   * @return the connected client
   */
  static RawSocketIoClient connect(int port, String token, Duration timeout) throws Exception {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(timeout)
        .buildAsync(URI.create("ws://127.0.0.1:" + port + "/socket.io/?EIO=4&transport=websocket"),
            new Listener(queue))
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    RawSocketIoClient client = new RawSocketIoClient(ws, queue, timeout);
    String open = client.next();
    if (!open.startsWith("0{")) {
      throw new IllegalStateException("expected an Engine.IO open packet, got " + open);
    }
    client.send("40" + JSON.createObjectNode().put("token", token));
    String connected = client.nextPacket();
    if (!connected.startsWith("0")) {
      throw new IllegalStateException("expected a Socket.IO CONNECT, got " + connected);
    }
    return client;
  }

  /**
   * Emits an event with one argument and an ack id, and returns the ack's first argument. Events
   * arriving meanwhile are kept for {@link #takeEvents(String)}.
   */
  JsonNode emitWithAck(String event, JsonNode arg) throws Exception {
    long id = nextAckId++;
    ArrayNode args = JSON.createArrayNode().add(event).add(arg);
    send("42" + id + JSON.writeValueAsString(args));
    String prefix = "3" + id + "[";
    while (true) {
      String packet = nextPacket();
      if (packet.startsWith(prefix)) {
        return JSON.readTree(packet.substring(prefix.length() - 1)).get(0);
      }
      if (packet.startsWith("2[")) {
        events.add(JSON.readTree(packet.substring(1)));
      }
    }
  }

  /** An ack: its id and first argument. */
  record Ack(long id, JsonNode value) {}

  /** Emits an event with one argument and an ack id without waiting for the ack; returns the id. */
  long emitAskingAck(String event, JsonNode arg) throws Exception {
    long id = nextAckId++;
    send("42" + id + JSON.writeValueAsString(JSON.createArrayNode().add(event).add(arg)));
    return id;
  }

  /** Waits (bounded) for the next ack, whatever its id. Events arriving meanwhile are kept. */
  Ack nextAck() throws Exception {
    while (true) {
      String packet = nextPacket();
      int bracket = packet.indexOf('[');
      if (packet.startsWith("3") && bracket > 1) {
        return new Ack(Long.parseLong(packet.substring(1, bracket)), JSON.readTree(packet.substring(bracket)).get(0));
      }
      if (packet.startsWith("2[")) {
        events.add(JSON.readTree(packet.substring(1)));
      }
    }
  }

  /**
   * Waits (bounded) for the next event of that name, kept or new, and returns its first argument.
   * Other events arriving meanwhile are kept.
   */
  JsonNode nextEvent(String name) throws Exception {
    while (true) {
      List<JsonNode> kept = takeFirst(name);
      if (!kept.isEmpty()) {
        return kept.get(0);
      }
      String packet = nextPacket();
      if (packet.startsWith("2[")) {
        events.add(JSON.readTree(packet.substring(1)));
      }
    }
  }

  private List<JsonNode> takeFirst(String name) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).get(0).asText().equals(name)) {
        return List.of(events.remove(i).get(1));
      }
    }
    return List.of();
  }

  /**
   * Removes and returns the first arguments of the events of that name received so far (while
   * waiting for acks), oldest first.
   */
  List<JsonNode> takeEvents(String name) {
    List<JsonNode> taken = new ArrayList<>();
    events.removeIf(e -> {
      boolean match = e.get(0).asText().equals(name);
      if (match) {
        taken.add(e.get(1));
      }
      return match;
    });
    return taken;
  }

  /** The next Socket.IO packet (Engine.IO message minus its "4"), answering pings on the way. */
  private String nextPacket() throws Exception {
    while (true) {
      String frame = next();
      if (frame.equals("2")) {
        send("3");
      } else if (frame.startsWith("4")) {
        return frame.substring(1);
      }
    }
  }

  private String next() throws InterruptedException {
    String frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (frame == null) {
      throw new IllegalStateException("nothing from the server within " + timeout.toMillis() + " ms");
    }
    return frame;
  }

  private void send(String text) throws Exception {
    ws.sendText(text, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    ws.abort();
  }

  /** Collects whole text messages (the JDK may deliver a message in parts). */
  private static final class Listener implements WebSocket.Listener {
    private final BlockingQueue<String> queue;
    private final StringBuilder partial = new StringBuilder();

    Listener(BlockingQueue<String> queue) {
      this.queue = queue;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        queue.add(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
