package dev.chat.server.internal.cli;

/** The {@code --help} text, generated from {@link Setting} so that it never drifts from the parser. */
final class HelpText {

    private HelpText() {}

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Usage:
                  java -jar chat-server.jar [--dev] [options]     run the chat server
                  java -jar chat-server.jar token --user <id> [--ttl-seconds <n>]
                                                                  print an HS256 user token signed with CHAT_JWT_SECRET
                  java -jar chat-server.jar --help                print this help

                Every option can also be set by its environment variable; the flag wins.
                A JWT key is required (CHAT_JWT_SECRET or CHAT_JWT_PUBLIC_KEY) unless --dev is given.

                  --dev                    development mode: generate a JWT secret and an admin token for
                                           this run (unless set) and print them with ready-made user tokens

                Options:
                """);
        for (Setting s : Setting.values()) {
            String left = "  " + s.flag() + " <value>";
            out.append(String.format("%-31s %-24s %s%n", left, s.env(), s.description()));
            if (s.defaultText() != null) {
                out.append(String.format("%-31s %-24s (default: %s)%n", "", "", s.defaultText()));
            }
        }
        out.append("""

                HTTP API on the same port: POST/GET /api/conversations, GET /api/conversations/{id}/messages,
                POST/GET /api/notifications, GET /health.
                Logging: CHAT_LOG_LEVEL=DEBUG logs one line per connection event (default INFO).
                """);
        return out.toString();
    }
}
