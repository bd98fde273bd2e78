package dev.chat.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The server's acknowledgements: {@code {"ok":true, ...}} or
 * {@code {"ok":false,"error":{"code":..,"message":..}}}.
 */
public final class AckDecoder {
    private AckDecoder() {
    }

    /** What an acknowledgement said. */
    public sealed interface Result {
        /** Accepted; {@code body} is the whole acknowledgement object. */
        record Accepted(JsonNode body) implements Result {
        }

        /** Rejected by the server with its code and sentence. */
        record Rejected(String code, String message) implements Result {
        }

        /** Not an acknowledgement of this shape. */
        record Malformed(String reason) implements Result {
        }
    }

    /** Decodes the arguments of an ACK packet. */
    public static Result decode(List<JsonNode> args) {
        if (args.isEmpty() || !args.get(0).isObject()) {
            return new Result.Malformed("the acknowledgement is not a JSON object");
        }
        JsonNode body = args.get(0);
        JsonNode ok = body.get("ok");
        if (ok == null || !ok.isBoolean()) {
            return new Result.Malformed("the acknowledgement has no boolean field ok");
        }
        if (ok.booleanValue()) {
            return new Result.Accepted(body);
        }
        JsonNode error = body.path("error");
        String code = error.path("code").isTextual() ? error.get("code").asText() : "UNKNOWN";
        String message = error.path("message").isTextual() ? error.get("message").asText()
                : "The server rejected the command.";
        return new Result.Rejected(code, message);
    }
}
