package dev.chat.bench.jmh;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chat.protocol.DecodeResult;
import dev.chat.protocol.ProtocolLimits;
import dev.chat.protocol.engineio.EngineCodec;
import dev.chat.protocol.engineio.EnginePacket;
import dev.chat.protocol.socketio.SocketDecoder;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.protocol.socketio.SocketPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * chat-protocol on the chat's hot frames: a client's {@code send_message} as the server decodes
 * it, the server's {@code new_message} as it encodes it (once per broadcast) and as a client
 * decodes it, and an HTTP long-polling payload of 10 packets both ways. Run through
 * {@code bench/run.sh} or {@code java -jar chat-bench/target/chat-bench.jar CodecBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {
  static final String SEND_MESSAGE_FRAME =
      "42[\"send_message\",{\"conversationId\":123,\"content\":\"Hello world! How are you doing today?\",\"toUserId\":456}]";
  static final String NEW_MESSAGE_FRAME = "42[\"new_message\",{\"id\":101,\"conversation_id\":123,\"sender_id\":456,"
      + "\"receiver_id\":789,\"content\":\"Hello world! How are you doing today?\",\"is_read\":false,\"read_at\":null,"
      + "\"created_at\":\"2023-10-27T10:00:00.000Z\"}]";

  private final EngineCodec engine = EngineCodec.create();
  private final SocketEncoder encoder = SocketEncoder.create();
  private SocketDecoder serverDecoder;
  private SocketDecoder clientDecoder;
  private SocketPacket.Event newMessage;
  private SocketPacket.Event sendMessage;
  private String payload10;
  private List<EnginePacket> packets10;

  /** Builds the packets once, as a server builds a broadcast once. */
  @Setup
  public void setUp() {
    serverDecoder = SocketDecoder.forServer(ProtocolLimits.DEFAULTS);
    clientDecoder = SocketDecoder.forClient(ProtocolLimits.DEFAULTS);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode message = f.objectNode()
        .put("id", 101).put("conversation_id", 123).put("sender_id", 456).put("receiver_id", 789)
        .put("content", "Hello world! How are you doing today?").put("is_read", false)
        .putNull("read_at").put("created_at", "2023-10-27T10:00:00.000Z");
    newMessage = SocketPacket.Event.of("new_message", message);
    sendMessage = SocketPacket.Event.of("send_message", f.objectNode()
        .put("conversationId", 123).put("content", "Hello world! How are you doing today?").put("toUserId", 456));
    packets10 = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      packets10.add(new EnginePacket.TextMessage(NEW_MESSAGE_FRAME.substring(1)));
    }
    payload10 = engine.encodePayload(packets10);
  }

  /** Server side: a WebSocket text frame to a Socket.IO event. */
  @Benchmark
  public Object decodeSendMessage() {
    return socketPacket(serverDecoder, engine.decodeText(SEND_MESSAGE_FRAME));
  }

  /** Server side: a broadcast's frame, encoded once for all its recipients. */
  @Benchmark
  public String encodeNewMessage() {
    return encoder.encodeFrame(newMessage).text();
  }

  /** Client side: the broadcast frame back to an event. */
  @Benchmark
  public Object decodeNewMessage() {
    return socketPacket(clientDecoder, engine.decodeText(NEW_MESSAGE_FRAME));
  }

  /** Client side: an emit. */
  @Benchmark
  public String encodeSendMessage() {
    return encoder.encodeFrame(sendMessage).text();
  }

  /** Polling: a payload of 10 {@code new_message} packets to 10 events. */
  @Benchmark
  public void decodePollingPayload10(Blackhole bh) {
    DecodeResult<List<EnginePacket>> decoded = engine.decodePayload(payload10);
    if (decoded instanceof DecodeResult.Ok<List<EnginePacket>> ok) {
      for (EnginePacket p : ok.value()) {
        bh.consume(socketPacket(clientDecoder, DecodeResult.ok(p)));
      }
    }
  }

  /** Polling: 10 encoded packets to one payload. */
  @Benchmark
  public String encodePollingPayload10() {
    return engine.encodePayload(packets10);
  }

  private static Object socketPacket(SocketDecoder decoder, DecodeResult<EnginePacket> frame) {
    if (frame instanceof DecodeResult.Ok<EnginePacket> ok && ok.value() instanceof EnginePacket.TextMessage m) {
      DecodeResult<Optional<SocketPacket>> packet = decoder.decodeText(m.data());
      if (packet instanceof DecodeResult.Ok<Optional<SocketPacket>> p) {
        return p.value().orElseThrow();
      }
    }
    throw new IllegalStateException("benchmark frame did not decode: " + frame);
  }
}
