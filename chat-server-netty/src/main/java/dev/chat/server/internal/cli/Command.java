package dev.chat.server.internal.cli;

import dev.chat.server.ChatServerConfig;
import dev.chat.server.auth.JwtConfig;
import dev.chat.store.jdbc.JdbcStoreConfig;
import java.time.Duration;

/** What the command line asks for: the outcome of {@link CommandLine#parse}. */
sealed interface Command {

    /**
     * Run the server.
     *
     * @param config the server configuration
     * @param storage the database: embedded H2 under the data folder, or PostgreSQL
     * @param dev {@code --dev}: the secret and admin token were generated for this run (and are printed)
     */
    record Serve(ChatServerConfig config, JdbcStoreConfig storage, boolean dev) implements Command {}

    /** Print the usage text and exit 0. */
    record ShowHelp() implements Command {}

    /**
     * Print an HS256 user token and exit 0.
     *
     * @param jwt the secret, user claim, issuer and audience the token must satisfy
     * @param user the user id to put in the token
     * @param ttl how long the token is valid
     */
    record MintToken(JwtConfig jwt, String user, Duration ttl) implements Command {}

    /**
     * Print the message (and a pointer to {@code --help}) on stderr and exit 2.
     *
     * @param message what is wrong and what to set
     */
    record Fail(String message) implements Command {}
}
