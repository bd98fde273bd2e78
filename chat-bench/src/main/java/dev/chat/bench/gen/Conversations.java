package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Where the conversation of each pair of users comes from. The peers that keep no conversation
 * records accept any id ({@code implicit}: pair {@code i} talks in conversation {@code i + 1});
 * our server only lets participants join, so each conversation is first opened through its HTTP
 * API ({@code http}: {@code POST /api/conversations} with {@code {"withUserId": other}} and the
 * first user's token), before any socket connects and outside every measurement.
 */
final class Conversations {
  private static final int IN_FLIGHT = 32;

  private final String mode;
  private final String host;
  private final int port;
  private final Tokens tokens;
  private final ObjectMapper json = new ObjectMapper();

  Conversations(String mode, String host, int port, Tokens tokens) {
    if (!mode.equals("implicit") && !mode.equals("http")) {
      throw new IllegalArgumentException("--conversations must be implicit or http: " + mode);
    }
    this.mode = mode;
    this.host = host;
    this.port = port;
    this.tokens = tokens;
  }

  /** The conversation id of each pair {@code {first, second}}; {@code defaults[i]} when implicit. */
  long[] open(List<long[]> pairs, long[] defaults) {
    if (mode.equals("implicit")) {
      return defaults.clone();
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Semaphore permits = new Semaphore(IN_FLIGHT);
    List<CompletableFuture<Long>> ids = new ArrayList<>(pairs.size());
    for (long[] pair : pairs) {
      permits.acquireUninterruptibly();
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/conversations"))
          .timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + tokens.forUser(pair[0]))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"withUserId\":" + pair[1] + "}"))
          .build();
      ids.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete((r, e) -> permits.release())
          .thenApply(this::idOf));
    }
    long[] out = new long[pairs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.get(i).join();
    }
    return out;
  }

  private long idOf(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("POST /api/conversations answered " + response.statusCode() + ": " + response.body());
    }
    try {
      JsonNode id = json.readTree(response.body()).path("id");
      if (!id.canConvertToLong()) {
        throw new IllegalStateException("POST /api/conversations gave no id: " + response.body());
      }
      return id.asLong();
    } catch (IOException e) {
      throw new IllegalStateException("POST /api/conversations gave no JSON: " + response.body(), e);
    }
  }
}
