package dev.chat.server.internal.cli;

import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parses the standalone server's arguments and environment into a {@link Command}. A flag wins
 * over its environment variable; an empty variable counts as unset. Never throws for bad input:
 * every mistake is a {@link Command.Fail} with a sentence saying what to set.
 */
final class CommandLine {

    static final String NO_KEY = "No JWT key configured: set CHAT_JWT_SECRET (an HS256 secret) or "
            + "CHAT_JWT_PUBLIC_KEY (a PEM public key for RS256/ES256), or run with --dev to generate "
            + "a secret for this run.";
    static final String TOKEN_NEEDS_SECRET =
            "The token command signs with HS256: set CHAT_JWT_SECRET (or --jwt-secret).";
    static final Duration DEFAULT_TOKEN_TTL = Duration.ofHours(24);

    private final Map<String, String> env;
    private final Supplier<String> randomSecret;

    private CommandLine(Map<String, String> env, Supplier<String> randomSecret) {
        this.env = env;
        this.randomSecret = randomSecret;
    }

    /**
     * Parses one command line.
     *
     * @param args the program arguments
     * @param env the environment variables
     * @param randomSecret a source of fresh random secrets, for {@code --dev}
     * @return what to do
     */
    static Command parse(List<String> args, Map<String, String> env, Supplier<String> randomSecret) {
        return new CommandLine(env, randomSecret).parse(args);
    }

    private Command parse(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return new Command.ShowHelp();
        }
        boolean token = !args.isEmpty() && args.get(0).equals("token");
        List<String> rest = token ? args.subList(1, args.size()) : args;
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            String v = env.get(s.env());
            if (v != null && !v.isBlank()) {
                values.put(s, v.strip());
            }
        }
        boolean dev = false;
        String user = null;
        String ttl = null;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!token && name.equals("--dev") && value == null) {
                dev = true;
                continue;
            }
            boolean known = Setting.byFlag(name).isPresent()
                    || (token && (name.equals("--user") || name.equals("--ttl-seconds")));
            if (!known) {
                return new Command.Fail("Unknown option " + name + (token ? " for the token command" : ""));
            }
            if (value == null) {
                if (i + 1 >= rest.size()) {
                    return new Command.Fail("Option " + name + " needs a value");
                }
                value = rest.get(++i);
            }
            switch (name) {
                case "--user" -> user = value;
                case "--ttl-seconds" -> ttl = value;
                default -> values.put(Setting.byFlag(name).orElseThrow(), value);
            }
        }
        return token ? mintToken(values, user, ttl) : serve(values, dev);
    }

    private Command mintToken(Map<Setting, String> values, String user, String ttlText) {
        if (user == null || user.isBlank()) {
            return new Command.Fail("The token command needs --user <id>, such as: token --user 456");
        }
        if (!values.containsKey(Setting.JWT_SECRET)) {
            return new Command.Fail(TOKEN_NEEDS_SECRET);
        }
        Duration ttl = DEFAULT_TOKEN_TTL;
        if (ttlText != null) {
            try {
                ttl = Duration.ofSeconds(Long.parseLong(ttlText));
            } catch (NumberFormatException e) {
                ttl = Duration.ZERO;
            }
            if (ttl.isZero() || ttl.isNegative()) {
                return new Command.Fail("--ttl-seconds must be a positive number of seconds, was \"" + ttlText + "\"");
            }
        }
        try {
            values.remove(Setting.JWT_PUBLIC_KEY);
            return new Command.MintToken(jwt(values), user.strip(), ttl);
        } catch (IllegalArgumentException e) {
            return new Command.Fail(e.getMessage());
        }
    }

    private Command serve(Map<Setting, String> values, boolean dev) {
        if (dev) {
            values.putIfAbsent(Setting.HOST, "127.0.0.1");
            values.putIfAbsent(Setting.CORS_ORIGINS, "*");
            values.putIfAbsent(Setting.ADMIN_TOKEN, randomSecret.get());
            if (!values.containsKey(Setting.JWT_PUBLIC_KEY)) {
                values.putIfAbsent(Setting.JWT_SECRET, randomSecret.get());
            }
        } else if (!values.containsKey(Setting.JWT_SECRET) && !values.containsKey(Setting.JWT_PUBLIC_KEY)) {
            return new Command.Fail(NO_KEY);
        }
        int port;
        try {
            port = Integer.parseInt(values.getOrDefault(Setting.PORT, "8000"));
        } catch (NumberFormatException e) {
            return new Command.Fail("PORT must be a number between 0 and 65535, was \"" + values.get(Setting.PORT) + "\"");
        }
        try {
            ChatServerConfig.Builder config = ChatServerConfig.builder()
                    .port(port)
                    .jwt(jwt(values))
                    .adminToken(values.get(Setting.ADMIN_TOKEN))
                    .corsOrigins(Arrays.stream(values.getOrDefault(Setting.CORS_ORIGINS, "").split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList());
            if (values.containsKey(Setting.HOST)) {
                config.host(values.get(Setting.HOST));
            }
            if (values.containsKey(Setting.PATH)) {
                config.path(values.get(Setting.PATH));
            }
            return new Command.Serve(config.build(), storage(values), dev);
        } catch (IllegalArgumentException e) {
            return new Command.Fail(e.getMessage());
        }
    }

    /** The database settings, read as {@link JdbcStoreConfig#fromEnvironment} reads the environment. */
    private static JdbcStoreConfig storage(Map<Setting, String> values) {
        Map<String, String> env = new HashMap<>();
        for (Setting s : List.of(Setting.DATA_DIR, Setting.DB_URL, Setting.DB_USER, Setting.DB_PASSWORD)) {
            if (values.containsKey(s)) {
                env.put(s.env(), values.get(s));
            }
        }
        try {
            return JdbcStoreConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) { // InvalidPathException is one too
            throw new IllegalArgumentException("CHAT_DB_URL / CHAT_DATA_DIR: " + e.getMessage(), e);
        }
    }

    /** The JWT settings; throws {@link IllegalArgumentException} with a sentence on bad values. */
    private static JwtConfig jwt(Map<Setting, String> values) {
        JwtConfig.Builder jwt = JwtConfig.builder()
                .hmacSecret(values.get(Setting.JWT_SECRET))
                .publicKeyPem(publicKey(values.get(Setting.JWT_PUBLIC_KEY)))
                .issuer(values.get(Setting.JWT_ISSUER))
                .audience(values.get(Setting.JWT_AUDIENCE));
        if (values.containsKey(Setting.JWT_USER_CLAIM)) {
            jwt.userClaim(values.get(Setting.JWT_USER_CLAIM));
        }
        if (values.containsKey(Setting.JWT_LEEWAY)) {
            String text = values.get(Setting.JWT_LEEWAY);
            try {
                jwt.leeway(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("CHAT_JWT_LEEWAY_SECONDS must be a number of seconds, was \"" + text + "\"");
            }
        }
        return jwt.build();
    }

    /** The PEM text itself, or the content of the file it names. */
    private static String publicKey(String value) {
        if (value == null || value.contains("-----BEGIN")) {
            return value;
        }
        try {
            return Files.readString(Path.of(value));
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(
                    "CHAT_JWT_PUBLIC_KEY is neither a PEM block nor a readable file: " + value);
        }
    }
}
