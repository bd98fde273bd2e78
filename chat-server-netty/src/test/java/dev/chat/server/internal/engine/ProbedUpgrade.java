package dev.chat.server.internal.engine;

import dev.chat.server.engineio.EngineIoServer;
import dev.chat.server.engineio.EngineSocket;
import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import io.netty.channel.EventLoop;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A polling session and a WebSocket for it that has answered the upgrade probe, the upgrade not yet
 * completed: for tests of what changes when the session moves to the WebSocket's loop.
 *
 * @param session the session
 * @param loopBefore the session's loop while it polls
 * @param ws the WebSocket, on a connection of its own
 */
record ProbedUpgrade(EngineSession session, EventLoop loopBefore, RecordingWebSocket ws) {

    /** Opens a polling session (its socket arrives in {@code sockets}) and probes a WebSocket for it. */
    static ProbedUpgrade open(EngineIoServer engine, Polling polling, BlockingQueue<EngineSocket> sockets, String wsBase)
            throws InterruptedException {
        String sid = polling.open();
        sockets.poll(5, TimeUnit.SECONDS);
        EngineSession session = EngineAccess.sessions(engine).find(sid).orElseThrow();
        EventLoop before = session.currentLoop();
        // A client of its own, so that the WebSocket gets a new connection (the JDK client would
        // otherwise upgrade the idle polling connection, which lives on the session's loop).
        RecordingWebSocket ws = RecordingWebSocket.connect(HttpClient.newHttpClient(), URI.create(wsBase + "&sid=" + sid));
        ws.send("2probe");
        ws.assertNextText("3probe");
        return new ProbedUpgrade(session, before, ws);
    }
}
