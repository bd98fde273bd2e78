package dev.chat.examples.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chat.client.Message;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The few HTTP calls the console chat makes: a dev token, the conversation, its history. */
final class ChatHttpApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChatHttpApi(URI server) {
        this.server = server;
    }

    /** A sample user's token from a server started with {@code --dev} (the endpoint exists only there). */
    String devToken(String user) throws IOException, InterruptedException {
        JsonNode body = call(HttpRequest.newBuilder(server.resolve("/demo/token?user="
                + URLEncoder.encode(user, StandardCharsets.UTF_8))).GET(), 200);
        return body.get("token").asText();
    }

    /** {@code POST /api/conversations {"withUserId":..}}: the conversation's id, new or existing. */
    long openConversation(String token, String withUser) throws IOException, InterruptedException {
        String withUserId = withUser.matches("[1-9][0-9]{0,17}") ? withUser : JSON.writeValueAsString(withUser);
        JsonNode body = call(HttpRequest.newBuilder(server.resolve("/api/conversations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"withUserId\":" + withUserId + "}")), 200, 201);
        return body.get("id").asLong();
    }

    /** The last 20 messages, oldest first. */
    List<Message> history(String token, long conversationId) throws IOException, InterruptedException {
        JsonNode body = call(HttpRequest.newBuilder(server.resolve("/api/conversations/" + conversationId
                + "/messages?limit=20")).header("Authorization", "Bearer " + token).GET(), 200);
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : body) {
            messages.add(new Message(m.get("id").asLong(), m.get("conversation_id").asLong(),
                    m.get("sender_id").asText(), m.get("receiver_id").asText(), m.get("content").asText(),
                    m.get("is_read").asBoolean(),
                    m.path("read_at").isTextual() ? Instant.parse(m.get("read_at").asText()) : null,
                    Instant.parse(m.get("created_at").asText())));
        }
        return messages;
    }

    private JsonNode call(HttpRequest.Builder request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return JSON.readTree(response.body());
            }
        }
        throw new IOException(request.build().uri().getPath() + " answered " + response.statusCode() + ": "
                + response.body());
    }
}
