package dev.chat.server.engineio;

import dev.chat.server.internal.engine.EngineAccess;
import dev.chat.server.internal.engine.EngineSessions;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Raw Engine.IO sessions, as the {@code engine.io} npm package serves them. Mount one on a
 * {@link dev.chat.server.host.NettyHost} path; every new session is given to the connection handler.
 *
 * <pre>{@code
 * EngineIoServer echo = EngineIoServer.create(EngineConfig.DEFAULTS);
 * echo.onConnection(s -> s.onMessage(new EngineSocket.MessageListener() {
 *     public void onText(String text) { s.send(text); }
 *     public void onBinary(byte[] data) { s.send(data); }
 * }));
 * }</pre>
 *
 * <p>The connection handler runs on the new session's event loop, before any message of that session
 * is delivered.
 */
public final class EngineIoServer {

    static {
        EngineAccess.install(server -> server.sessions);
    }

    private final EngineConfig config;
    private final EngineSessions sessions;

    private EngineIoServer(EngineConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.sessions = new EngineSessions(config);
    }

    /**
     * Creates a server with the given settings.
     *
     * @param config the Engine.IO settings
     * @return the server, with no connection handler yet
     */
    public static EngineIoServer create(EngineConfig config) {
        return new EngineIoServer(config);
    }

    /**
     * The settings.
     *
     * @return the Engine.IO settings
     */
    public EngineConfig config() {
        return config;
    }

    /**
     * Sets the handler for new sessions; replaces any previous one.
     *
     * @param handler called once per new session
     * @return this server
     */
    public EngineIoServer onConnection(Consumer<EngineSocket> handler) {
        sessions.onConnection(Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /**
     * The number of open sessions.
     *
     * @return the count
     */
    public int sessionCount() {
        return sessions.count();
    }
}
