package dev.chat.server.internal.engine;

import dev.chat.server.engineio.EngineIoServer;
import java.util.function.Function;

/**
 * Gives the host the sessions of an {@link EngineIoServer} without a public accessor on the API type
 * (the server installs the accessor when its class initializes).
 */
public final class EngineAccess {

    private static volatile Function<EngineIoServer, EngineSessions> accessor;

    private EngineAccess() {
    }

    /** Called once, by {@link EngineIoServer}'s static initializer. */
    public static void install(Function<EngineIoServer, EngineSessions> sessions) {
        if (accessor != null) {
            throw new IllegalStateException("EngineAccess already installed");
        }
        accessor = sessions;
    }

    /** @return the sessions of a server (its class is initialized, since an instance exists) */
    public static EngineSessions sessions(EngineIoServer server) {
        return accessor.apply(server);
    }
}
