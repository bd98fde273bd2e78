package dev.chat.server.internal.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/** Where a client's token comes from: {@code auth.token} ("Bearer x" or "x"), else {@code Authorization: Bearer x}. */
public final class BearerToken {

    private static final String BEARER = "bearer ";

    private BearerToken() {}

    /**
     * The token of a Socket.IO handshake.
     *
     * @param auth the CONNECT payload ({@code auth} of the client), possibly empty or not an object
     * @param authorization the {@code Authorization} header of the handshake request, if any
     * @return the raw token, or empty when neither place holds a non-blank string token
     */
    public static Optional<String> fromHandshake(JsonNode auth, Optional<String> authorization) {
        JsonNode token = auth == null ? null : auth.get("token");
        if (token != null && token.isTextual()) {
            Optional<String> fromAuth = strip(token.asText(), false);
            if (fromAuth.isPresent()) {
                return fromAuth;
            }
        }
        return authorization.flatMap(BearerToken::fromHeader);
    }

    /**
     * The token of an {@code Authorization: Bearer x} header.
     *
     * @param header the header value
     * @return the token, or empty when the scheme is not Bearer or the token is blank
     */
    public static Optional<String> fromHeader(String header) {
        return strip(header, true);
    }

    private static Optional<String> strip(String value, boolean schemeRequired) {
        String text = value.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            text = text.substring(BEARER.length()).strip();
        } else if (schemeRequired) {
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
