package dev.chat.server.internal.engine;

/** The fixed Engine.IO frames the session writes outside the codec's encoders. */
final class EngineWire {

    static final String PING_PACKET = "2";
    static final String CLOSE_PACKET = "1";
    static final String NOOP_PACKET = "6";

    private EngineWire() {
    }
}
