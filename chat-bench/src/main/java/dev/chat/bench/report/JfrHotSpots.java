package dev.chat.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of a server under load as Markdown: the hottest methods (top frame
 * of CPU samples, and the first frame in the project's own code), and the biggest allocation
 * sites by sampled weight. Usage: {@code java -cp chat-bench.jar dev.chat.bench.report.JfrHotSpots
 * recording.jfr [top=25] [package-prefix=dev.chat.]}.
 */
public final class JfrHotSpots {
  private JfrHotSpots() {}

  /** Prints the summary to standard output. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    String own = args.length > 2 ? args[2] : "dev.chat.";
    Map<String, Long> topFrames = new HashMap<>();
    Map<String, Long> ownFrames = new HashMap<>();
    Map<String, Long> allocations = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        topFrames.merge(name(frames.get(0)), 1L, Long::sum);
        for (RecordedFrame f : frames) {
          if (f.getMethod().getType().getName().startsWith(own)) {
            ownFrames.merge(name(f), 1L, Long::sum);
            break;
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = e.getLong("weight");
        allocated += weight;
        String cls = e.getClass("objectClass").getName();
        String site = name(frames.get(0));
        for (RecordedFrame f : frames) {
          if (f.getMethod().getType().getName().startsWith(own)) {
            site = site + " ← " + name(f);
            break;
          }
        }
        allocations.merge(cls + " @ " + site, weight, Long::sum);
      }
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "CPU samples: %,d%n%n| top frame | share |%n|---|---|%n", samples));
    print(md, topFrames, samples, top);
    md.append(String.format(Locale.ROOT, "%n| first frame in %s* | share |%n|---|---|%n", own));
    print(md, ownFrames, samples, top);
    md.append(String.format(Locale.ROOT, "%nSampled allocation weight: %,d MB%n%n| class @ site | share |%n|---|---|%n",
        allocated / 1_000_000));
    print(md, allocations, allocated, top);
    System.out.print(md);
  }

  private static void print(StringBuilder md, Map<String, Long> counts, long total, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(en -> md.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", en.getKey(),
            total == 0 ? 0.0 : 100.0 * en.getValue() / total)));
  }

  private static String name(RecordedFrame f) {
    String type = f.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
  }
}
