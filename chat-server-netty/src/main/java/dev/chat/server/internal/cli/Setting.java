package dev.chat.server.internal.cli;

import java.util.Arrays;
import java.util.Optional;

/** Every setting of the standalone server: its environment variable, its flag and its help line. */
enum Setting {
    PORT("PORT", "--port", "TCP port to listen on (0 = any free port)", "8000"),
    HOST("CHAT_HOST", "--host", "address to bind", "0.0.0.0; 127.0.0.1 with --dev"),
    PATH("CHAT_PATH", "--path", "Socket.IO path", "/socket.io/"),
    JWT_SECRET("CHAT_JWT_SECRET", "--jwt-secret", "HS256 secret that signs user tokens", null),
    JWT_PUBLIC_KEY("CHAT_JWT_PUBLIC_KEY", "--jwt-public-key",
            "PEM public key (RSA for RS256, EC P-256 for ES256): the PEM text or a file path", null),
    JWT_USER_CLAIM("CHAT_JWT_USER_CLAIM", "--jwt-user-claim", "claim holding the user id", "sub, then id, then userId"),
    JWT_ISSUER("CHAT_JWT_ISSUER", "--jwt-issuer", "required iss claim", "any"),
    JWT_AUDIENCE("CHAT_JWT_AUDIENCE", "--jwt-audience", "required aud claim", "any"),
    JWT_LEEWAY("CHAT_JWT_LEEWAY_SECONDS", "--jwt-leeway-seconds", "clock skew allowed on exp/nbf", "5"),
    ADMIN_TOKEN("CHAT_ADMIN_TOKEN", "--admin-token",
            "bearer token for the admin HTTP endpoints (at least 16 characters)", "admin endpoints disabled"),
    CORS_ORIGINS("CHAT_CORS_ORIGINS", "--cors-origins",
            "comma-separated browser origins allowed (or *)", "none; * with --dev"),
    DATA_DIR("CHAT_DATA_DIR", "--data-dir",
            "folder of the embedded H2 database, used when CHAT_DB_URL is unset", "./data"),
    DB_URL("CHAT_DB_URL", "--db-url",
            "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://db:5432/chat", "the embedded database"),
    DB_USER("CHAT_DB_USER", "--db-user", "PostgreSQL user", null),
    DB_PASSWORD("CHAT_DB_PASSWORD", "--db-password", "PostgreSQL password", null);

    private final String env;
    private final String flag;
    private final String description;
    private final String defaultText;

    Setting(String env, String flag, String description, String defaultText) {
        this.env = env;
        this.flag = flag;
        this.description = description;
        this.defaultText = defaultText;
    }

    String env() {
        return env;
    }

    String flag() {
        return flag;
    }

    String description() {
        return description;
    }

    /** How the default reads in {@code --help}, or {@code null} when there is none. */
    String defaultText() {
        return defaultText;
    }

    static Optional<Setting> byFlag(String flag) {
        return Arrays.stream(values()).filter(s -> s.flag.equals(flag)).findFirst();
    }
}
