package dev.chat.examples.console;

import java.net.URI;
import java.util.List;

/**
 * The console chat's command line.
 *
 * @param server the server's base address
 * @param user   who I am
 * @param with   who I chat with
 * @param token  my JWT, or {@code null} to ask a {@code --dev} server for one
 */
record ConsoleOptions(URI server, String user, String with, String token) {
    static final String USAGE = "usage: ConsoleChat --user ID --with ID [--server http://127.0.0.1:8000] [--token JWT]";

    static ConsoleOptions parse(List<String> args) {
        URI server = URI.create("http://127.0.0.1:8000");
        String user = null;
        String with = null;
        String token = null;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args.get(++i);
            switch (flag) {
                case "--server" -> server = URI.create(value);
                case "--user" -> user = value;
                case "--with" -> with = value;
                case "--token" -> token = value;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (user == null || with == null) {
            throw new IllegalArgumentException("--user and --with are required");
        }
        return new ConsoleOptions(server, user, with, token);
    }
}
