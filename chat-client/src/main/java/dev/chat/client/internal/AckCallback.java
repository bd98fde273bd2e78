package dev.chat.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.client.ChatClientException;
import java.util.List;

/** What to do with a command's acknowledgement. Called once, on the session's thread. */
public interface AckCallback {
    /** The server acknowledged with these arguments. */
    void onAck(List<JsonNode> args);

    /** No acknowledgement will come: not connected, timed out, connection lost or client closed. */
    void onFailure(ChatClientException failure);
}
