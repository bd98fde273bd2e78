package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chat.core.Message;
import dev.chat.core.UserId;
import dev.chat.protocol.socketio.SocketEncoder;
import dev.chat.protocol.socketio.SocketPacket;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed message payloads are byte for byte what the tree encoder (JSON.stringify's rules) writes. */
class MessageJsonTest {

    private static final SocketEncoder ENCODER = SocketEncoder.create();
    private static final Instant CREATED = Instant.parse("2023-10-27T10:00:00.123Z");
    private static final List<String> CONTENTS = List.of("Hello world!", "", "quote \" backslash \\ slash /",
            "\b\f\n\r\t\u0000\u0001\u001f\u007f", "caf\u00e9 \u4e2d\u6587 \u2028\u2029", "emoji \ud83d\ude00 pair",
            "lone high \ud83d end", "lone low \ude00 end", "\ud83d", "reversed \ude00\ud83d", "<script>&amp;</script>");

    private static String frame(JsonNode payload) {
        return ENCODER.encodeFrame(SocketPacket.Event.of("e", payload)).text();
    }

    @Test
    void newMessageAndNotificationMatchTheTreeEncodingForEveryKindOfContentAndId() {
        long id = 1;
        for (String content : CONTENTS) {
            for (UserId sender : List.of(UserId.of("456"), UserId.of("3f2b8c1e-uuid"), UserId.of("0456"), UserId.of("-7"))) {
                for (Instant readAt : new Instant[] {null, Instant.parse("2024-02-29T23:59:59.999Z")}) {
                    Message m = new Message(id++, 123, sender, UserId.of("789"), content, readAt != null, readAt,
                            CREATED, null);
                    assertThat(frame(ChatWireEncoder.rawMessage(m))).isEqualTo(frame(ChatWireEncoder.message(m)));
                    assertThat(frame(ChatWireEncoder.encode(new dev.chat.core.ChatEvent.MessageNotification(m)).payload()))
                            .isEqualTo(frame(ChatWireEncoder.messageNotification(m)));
                    assertThat(frame(ChatWireEncoder.encode(new dev.chat.core.ChatEvent.NewMessage(m)).payload()))
                            .isEqualTo(frame(ChatWireEncoder.message(m)));
                    // Written straight into the broadcast's frame, as RoomChatEventSink sends them.
                    assertThat(ENCODER.encodeEventFrame("/", "e", 0, out -> MessageJson.writeMessage(out, m)))
                            .isEqualTo(frame(ChatWireEncoder.message(m)));
                    assertThat(ENCODER.encodeEventFrame("/", "e", 0, out -> MessageJson.writeNotification(out, m)))
                            .isEqualTo(frame(ChatWireEncoder.messageNotification(m)));
                }
            }
        }
    }
}
