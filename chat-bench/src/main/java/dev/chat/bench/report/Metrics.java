package dev.chat.bench.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The headline figures read from one generator result line (one peer, one scenario, one round).
 * NaN where the scenario did not produce the figure.
 */
final class Metrics {
  /** The rate at which CPU per message and p99 are compared. */
  static final int REFERENCE_RATE = 10_000;

  private Metrics() {}

  static double maxSustainable(JsonNode throughput) {
    return throughput.has("max_sustainable_rate") && !throughput.has("error")
        ? throughput.get("max_sustainable_rate").asDouble() : Double.NaN;
  }

  static double atRate(JsonNode throughput, int rate, String field) {
    for (JsonNode step : throughput.path("steps")) {
      if (step.path("rate").asInt() == rate && step.path(field).isNumber()) {
        return step.get(field).asDouble();
      }
    }
    return Double.NaN;
  }

  /** p99 at the ladder step closest below or at {@code rate}. */
  static double p99AtOrBelow(JsonNode throughput, double rate) {
    double best = Double.NaN;
    double bestRate = -1;
    for (JsonNode step : throughput.path("steps")) {
      double r = step.path("rate").asDouble();
      if (r <= rate && r > bestRate) {
        bestRate = r;
        best = step.path("p99_ms").asDouble();
      }
    }
    return best;
  }

  static double rateAtOrBelow(JsonNode throughput, double rate) {
    double bestRate = Double.NaN;
    for (JsonNode step : throughput.path("steps")) {
      double r = step.path("rate").asDouble();
      if (r <= rate && (Double.isNaN(bestRate) || r > bestRate)) {
        bestRate = r;
      }
    }
    return bestRate;
  }

  /** Live heap per connection at {@code connections}, in KB (1000 bytes), from the warm baseline. */
  static double heapPerConnectionKb(JsonNode idle, int connections) {
    JsonNode base = idle.path("levels").path(0);
    JsonNode at = level(idle, connections);
    if (at == null || !base.has("live_heap_bytes") || !at.has("live_heap_bytes")) {
      return Double.NaN;
    }
    double conns = at.get("connections").asDouble() - base.get("connections").asDouble();
    return (at.get("live_heap_bytes").asDouble() - base.get("live_heap_bytes").asDouble()) / conns / 1000.0;
  }

  /** RSS growth per connection between two levels, in KB (1000 bytes). */
  static double rssGrowthKb(JsonNode idle, int fromConnections, int toConnections) {
    JsonNode from = level(idle, fromConnections);
    JsonNode to = level(idle, toConnections);
    if (from == null || to == null) {
      return Double.NaN;
    }
    double conns = to.get("connections").asDouble() - from.get("connections").asDouble();
    return (to.get("rss_kib").asDouble() - from.get("rss_kib").asDouble()) * 1024 / conns / 1000.0;
  }

  /** RSS growth per connection from the warm baseline to the highest level reached, KB. */
  static double rssGrowthToTopKb(JsonNode idle) {
    JsonNode levels = idle.path("levels");
    if (levels.size() < 2) {
      return Double.NaN;
    }
    JsonNode base = levels.get(0);
    JsonNode top = levels.get(levels.size() - 1);
    double conns = top.get("connections").asDouble() - base.get("connections").asDouble();
    return (top.get("rss_kib").asDouble() - base.get("rss_kib").asDouble()) * 1024 / conns / 1000.0;
  }

  static double topLevel(JsonNode idle) {
    JsonNode levels = idle.path("levels");
    return levels.size() < 1 ? Double.NaN : levels.get(levels.size() - 1).path("connections").asDouble();
  }

  static double fanoutLastMs(JsonNode fanout, int size) {
    for (JsonNode s : fanout.path("sizes")) {
      if (s.path("size").asInt() == size && s.path("incomplete").asInt() == 0) {
        return s.path("last_ms_p50").asDouble();
      }
    }
    return Double.NaN;
  }

  private static JsonNode level(JsonNode idle, int connections) {
    for (JsonNode level : idle.path("levels")) {
      if (level.path("connections").asInt() == connections) {
        return level;
      }
    }
    return null;
  }
}
