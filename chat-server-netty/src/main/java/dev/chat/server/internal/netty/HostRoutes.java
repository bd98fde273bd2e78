package dev.chat.server.internal.netty;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** What the host serves: Engine.IO mounts, then endpoints by longest matching prefix. Immutable. */
public record HostRoutes(List<EngineMount> engines, List<EndpointMount> endpoints, Executor blockingExecutor,
        int maxRequestBytes) {

    public HostRoutes {
        engines = List.copyOf(engines);
        endpoints = endpoints.stream()
                .sorted(Comparator.comparingInt((EndpointMount m) -> m.prefix().length()).reversed())
                .toList();
    }

    public Optional<EngineMount> engineFor(String path) {
        for (EngineMount m : engines) {
            if (m.matches(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public Optional<EndpointMount> endpointFor(String path) {
        for (EndpointMount m : endpoints) {
            if (m.matches(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
