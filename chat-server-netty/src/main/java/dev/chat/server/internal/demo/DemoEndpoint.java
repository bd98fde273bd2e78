package dev.chat.server.internal.demo;

import dev.chat.server.http.HttpEndpoint;
import dev.chat.server.http.HttpRequest;
import dev.chat.server.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The web demo at {@code /demo}, registered by the standalone server in {@code --dev} mode only.
 *
 * <p>Serves the page, its script and style, and the official {@code socket.io-client} browser bundle (copied
 * from npm into the jar at build time), all from the classpath under {@code dev/chat/server/demo/}. Also
 * {@code GET /demo/token?user=ID}, which mints a token for one of the sample users: this is why the
 * endpoint must never be registered outside {@code --dev}. Everything else the page needs is the real
 * server: Socket.IO and the HTTP API.
 */
public final class DemoEndpoint implements HttpEndpoint {
    /** The path prefix the endpoint is registered at. */
    public static final String PATH = "/demo";

    /** The users the demo offers (the seed's example ids). */
    public static final List<String> SAMPLE_USERS = List.of("456", "789", "1001");

    private static final String RESOURCES = "/dev/chat/server/demo/";
    private static final Map<String, String> ASSETS = Map.of(
            "index.html", "text/html; charset=utf-8",
            "demo.js", "text/javascript; charset=utf-8",
            "demo.css", "text/css; charset=utf-8",
            "socket.io.min.js", "text/javascript; charset=utf-8");

    private final Function<String, String> tokenForUser;
    private final List<String> sampleUsers;

    /**
     * @param tokenForUser mints a user token the server accepts (the {@code --dev} secret)
     * @param sampleUsers  the users a token may be minted for
     */
    public DemoEndpoint(Function<String, String> tokenForUser, List<String> sampleUsers) {
        this.tokenForUser = Objects.requireNonNull(tokenForUser, "tokenForUser");
        this.sampleUsers = List.copyOf(sampleUsers);
    }

    @Override
    public CompletionStage<HttpResponse> handle(HttpRequest request) {
        return CompletableFuture.completedFuture(respond(request));
    }

    private HttpResponse respond(HttpRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return error(405, "method_not_allowed", "Only GET is served under /demo.")
                    .withHeader("Allow", "GET, HEAD");
        }
        String path = request.path();
        if (path.equals(PATH)) {
            return new HttpResponse(302, Map.of("Location", PATH + "/"), new byte[0]);
        }
        String name = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : "";
        if (name.isEmpty()) {
            name = "index.html";
        }
        if (name.equals("token")) {
            return token(request);
        }
        if (name.equals("users")) {
            return HttpResponse.json(200, "{\"users\":" + jsonStrings(sampleUsers) + "}");
        }
        String contentType = ASSETS.get(name);
        if (contentType == null) {
            return error(404, "not_found", "No such demo file: " + name + ".");
        }
        byte[] body = read(name);
        if (body == null) {
            return error(404, "not_found", "The demo file " + name + " is not in this build.");
        }
        return new HttpResponse(200, Map.of("Content-Type", contentType, "Cache-Control", "no-store"), body);
    }

    private HttpResponse token(HttpRequest request) {
        String user = request.queryParam("user").orElse("");
        if (!sampleUsers.contains(user)) {
            return error(400, "invalid_argument", "user must be one of the sample users " + sampleUsers + ".");
        }
        return HttpResponse.json(200, "{\"userId\":\"" + user + "\",\"token\":\"" + tokenForUser.apply(user) + "\"}")
                .withHeader("Cache-Control", "no-store");
    }

    private static byte[] read(String name) {
        try (InputStream in = DemoEndpoint.class.getResourceAsStream(RESOURCES + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse error(int status, String code, String message) {
        return HttpResponse.json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\""
                + message.replace("\"", "'") + "\"}}");
    }

    private static String jsonStrings(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            json.append(json.length() > 1 ? "," : "").append('"').append(value.replace("\"", "")).append('"');
        }
        return json.append(']').toString();
    }
}
