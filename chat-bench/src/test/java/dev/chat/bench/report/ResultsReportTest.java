package dev.chat.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsReportTest {
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode throughput(String peer, int round, int max, double cpuAt10k) throws Exception {
    return json.readTree("{\"scenario\":\"throughput\",\"peer\":\"" + peer + "\",\"round\":" + round
        + ",\"max_sustainable_rate\":" + max + ",\"steps\":[{\"rate\":5000,\"p99_ms\":1.5},"
        + "{\"rate\":10000,\"server_cpu_us_per_msg\":" + cpuAt10k + ",\"p99_ms\":3.0}]}");
  }

  @Test
  void ratiosAreTakenWithinARoundThenMedianed() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    lines.add(throughput("ours", 1, 40000, 10));
    lines.add(throughput("node", 1, 15000, 50));
    lines.add(throughput("ours", 2, 20000, 20)); // a noisy round: both slower
    lines.add(throughput("node", 2, 10000, 80));
    lines.add(throughput("ours", 3, 40000, 10));
    lines.add(throughput("node", 3, 10000, 30));
    ResultsReport report = new ResultsReport(lines);
    ResultsReport.Metric cpu = ResultsReport.METRICS.get(1);
    assertThat(report.values(cpu, "node")).containsExactly(50, 80, 30);
    assertThat(report.ratio(cpu, "node").getAsDouble()).isEqualTo(4.0); // 5, 4, 3
    assertThat(report.median(cpu, "ours").getAsDouble()).isEqualTo(10);
    ResultsReport.Metric rate = ResultsReport.METRICS.get(0);
    assertThat(report.ratio(rate, "node").getAsDouble()).isEqualTo(0.375); // .375, .5, .25
    assertThat(report.peers()).containsExactly("ours", "node");
  }

  @Test
  void idleFiguresComeFromTheWarmBaselineAndBetweenLevels() throws Exception {
    JsonNode idle = json.readTree("{\"levels\":["
        + "{\"connections\":2,\"rss_kib\":100000,\"live_heap_bytes\":10000000},"
        + "{\"connections\":5000,\"rss_kib\":150000,\"live_heap_bytes\":20000000},"
        + "{\"connections\":10000,\"rss_kib\":200000,\"live_heap_bytes\":35000000}]}");
    assertThat(Metrics.heapPerConnectionKb(idle, 10_000)).isEqualTo(25_000_000.0 / 9_998 / 1000);
    assertThat(Metrics.rssGrowthKb(idle, 5_000, 10_000)).isEqualTo(50_000.0 * 1024 / 5_000 / 1000);
    assertThat(Metrics.heapPerConnectionKb(idle, 20_000)).isNaN();
  }

  @Test
  void halfRateP99TakesTheStepAtOrBelow() throws Exception {
    JsonNode t = throughput("ours", 1, 20000, 10);
    assertThat(Metrics.p99AtOrBelow(t, 10_000)).isEqualTo(3.0);
    assertThat(Metrics.p99AtOrBelow(t, 9_000)).isEqualTo(1.5);
    assertThat(Metrics.p99AtOrBelow(t, 100)).isNaN();
  }
}
