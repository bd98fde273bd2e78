package dev.chat.server.internal.netty;

import io.netty.util.ResourceLeakDetector;

/**
 * The host's default for Netty's buffer leak detection: off, unless the JVM is started with
 * {@code -Dio.netty.leakDetection.level=...} (the test suites run with {@code paranoid}). Netty's
 * own default samples one buffer in 128 and fills in a stack trace for it on allocation and on
 * every touch and release: a few percent of the server's CPU per message and much of its garbage,
 * spent on a diagnostic that the tests already cover.
 */
public final class LeakDetection {

    private static final String LEVEL = "io.netty.leakDetection.level";
    private static final String LEGACY_LEVEL = "io.netty.leakDetectionLevel";

    private LeakDetection() {
    }

    /** Turns sampling off unless a level was chosen with a system property. */
    public static void applyDefault() {
        if (System.getProperty(LEVEL) == null && System.getProperty(LEGACY_LEVEL) == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }
}
