package dev.chat.server.internal.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SocketDataTest {

    @Test
    void behavesAsAMapStartingFromTheAcceptedData() {
        SocketData data = new SocketData(Map.of("user", "42"));

        assertThat(data).containsExactly(Map.entry("user", "42"));
        assertThat(data.put("role", "admin")).isNull();
        assertThat(data.put("user", "43")).isEqualTo("42");
        assertThat(data.get("user")).isEqualTo("43");
        assertThat(data.getOrDefault("missing", "none")).isEqualTo("none");
        assertThat(data).hasSize(2).containsEntry("role", "admin");
        assertThat(data.remove("user")).isEqualTo("43");
        assertThat(data.remove("user")).isNull();
        assertThat(data).isEqualTo(Map.of("role", "admin"));
        assertThat(data.hashCode()).isEqualTo(Map.of("role", "admin").hashCode());
        data.clear();
        assertThat(data).isEmpty();
    }

    @Test
    void hasTheAtomicOperationsOfAConcurrentMap() {
        SocketData data = new SocketData(Map.of());

        assertThat(data.putIfAbsent("n", 1)).isNull();
        assertThat(data.putIfAbsent("n", 2)).isEqualTo(1);
        assertThat(data.replace("n", 2, 3)).isFalse();
        assertThat(data.replace("n", 1, 3)).isTrue();
        assertThat(data.replace("absent", 1)).isNull();
        assertThat(data.containsKey("absent")).isFalse();
        assertThat(data.merge("n", 10, (a, b) -> (Integer) a + (Integer) b)).isEqualTo(13);
        assertThat(data.computeIfAbsent("list", k -> List.of("x"))).isEqualTo(List.of("x"));
        assertThat(data.compute("n", (k, v) -> null)).isNull();
        assertThat(data.remove("list", List.of("y"))).isFalse();
        assertThat(data.remove("list", List.of("x"))).isTrue();
        assertThat(data).isEmpty();
    }

    @Test
    void refusesNullKeysAndValuesAsConcurrentHashMapDoes() {
        SocketData data = new SocketData(Map.of());
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("k", null);

        assertThatThrownBy(() -> data.put("k", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> data.put(null, "v")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> data.get(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SocketData(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void iteratesASnapshotWhoseRemoveAndSetValueWriteThrough() {
        SocketData data = new SocketData(Map.of());
        data.put("a", 1);
        data.put("b", 2);
        data.put("c", 3);

        Iterator<Map.Entry<String, Object>> it = data.entrySet().iterator();
        Map.Entry<String, Object> first = it.next();
        data.put("d", 4); // not in the snapshot
        assertThat(first.setValue(10)).isEqualTo(1);
        it.next();
        it.remove();
        assertThat(it.next().getKey()).isEqualTo("c");
        assertThat(it.hasNext()).isFalse();

        assertThat(data).containsExactly(Map.entry("a", 10), Map.entry("c", 3), Map.entry("d", 4));
        data.keySet().remove("a");
        data.values().remove(3);
        assertThat(data).containsExactly(Map.entry("d", 4));
    }

    @Test
    void concurrentWritersLoseNothing() throws InterruptedException {
        SocketData data = new SocketData(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 200; i++) {
                    data.put(thread + "-" + i, i);
                    data.merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(data).hasSize(4 * 200 + 1);
        assertThat(data.get("count")).isEqualTo(800);
    }
}
