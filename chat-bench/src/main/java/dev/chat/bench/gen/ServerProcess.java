package dev.chat.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * What the generator reads about the server process under test: CPU time (utime + stime from
 * {@code /proc/<pid>/stat}), resident memory ({@code VmRSS} from {@code /proc/<pid>/status}), and
 * for a JVM the live heap after a full GC ({@code jcmd <pid> GC.class_histogram}, which collects
 * before counting).
 */
final class ServerProcess {
  private final long pid;
  private final long microsPerTick;

  ServerProcess(long pid) {
    this.pid = pid;
    this.microsPerTick = 1_000_000L / clockTicksPerSecond();
  }

  long pid() {
    return pid;
  }

  /** utime + stime of the whole process, in microseconds (10 ms resolution on most kernels). */
  long cpuMicros() {
    String stat = read("/proc/" + pid + "/stat");
    // The command name may contain spaces: fields are counted after its closing parenthesis.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long utime = Long.parseLong(fields[11]);
    long stime = Long.parseLong(fields[12]);
    return (utime + stime) * microsPerTick;
  }

  /**
   * CPU time of the JIT compiler threads ({@code C1/C2 CompilerThread}), in microseconds: the
   * share of a window's CPU that went to compiling rather than serving. Threads that ended since
   * are not counted; the process total still has them.
   */
  long jitCpuMicros() {
    long ticks = 0;
    java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
    if (tasks == null) {
      return 0;
    }
    for (java.io.File task : tasks) {
      String stat;
      try {
        stat = Files.readString(task.toPath().resolve("stat"), StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        continue; // the thread ended meanwhile
      }
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      }
    }
    return ticks * microsPerTick;
  }

  /** Resident set size in KiB. */
  long rssKib() {
    for (String line : read("/proc/" + pid + "/status").split("\n")) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status");
  }

  /** Live heap bytes after a full GC, or empty when the process is not a JVM jcmd can reach. */
  OptionalLong liveHeapBytes() {
    return liveHeapBytes(null);
  }

  /**
   * As {@link #liveHeapBytes()}, and when {@code saveTo} is not null the whole class histogram is
   * written there, to see which classes grow per connection.
   */
  OptionalLong liveHeapBytes(Path saveTo) {
    try {
      Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return OptionalLong.empty();
      }
      if (saveTo != null) {
        Files.writeString(saveTo, out, StandardCharsets.UTF_8);
      }
      for (String line : out.split("\n")) {
        String t = line.trim();
        if (t.startsWith("Total ")) {
          String[] parts = t.split("\\s+");
          return OptionalLong.of(Long.parseLong(parts[2]));
        }
      }
      return OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  /** True when the process is a JVM (its command line names java). */
  boolean isJvm() {
    String cmd = read("/proc/" + pid + "/cmdline");
    return cmd.contains("java");
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static long clockTicksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      p.waitFor(5, TimeUnit.SECONDS);
      return Long.parseLong(out);
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
