package dev.chat.server.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeakDetectionTest {

    private static final String LEVEL = "io.netty.leakDetection.level";

    private ResourceLeakDetector.Level levelBefore;
    private String propertyBefore;

    @BeforeEach
    void remember() {
        levelBefore = ResourceLeakDetector.getLevel();
        propertyBefore = System.getProperty(LEVEL);
    }

    @AfterEach
    void restore() {
        ResourceLeakDetector.setLevel(levelBefore);
        if (propertyBefore == null) {
            System.clearProperty(LEVEL);
        } else {
            System.setProperty(LEVEL, propertyBefore);
        }
    }

    @Test
    void offWhenNoLevelWasChosen() {
        System.clearProperty(LEVEL);
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.SIMPLE);
        LeakDetection.applyDefault();
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.DISABLED);
    }

    @Test
    void aChosenLevelStays() {
        System.setProperty(LEVEL, "paranoid");
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        LeakDetection.applyDefault();
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    }
}
