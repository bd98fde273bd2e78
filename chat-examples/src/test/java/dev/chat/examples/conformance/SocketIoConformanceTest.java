package dev.chat.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviours of the official Socket.IO protocol test suite (plus polling and hostile input),
 * against the conformance server on a free port, with the JDK clients.
 */
class SocketIoConformanceTest {

    private static ConformanceServers servers;
    private static HttpClient client;
    private static Polling polling;
    private static String wsBase;
    private static Polling strictPolling;
    private static String strictWsBase;

    @BeforeAll
    static void start() {
        servers = ConformanceServers.start("/socket.io/");
        client = servers.client();
        polling = servers.polling();
        wsBase = servers.wsBase();
        strictPolling = servers.strictPolling();
        strictWsBase = servers.strictWsBase();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    private static RecordingWebSocket open() {
        return open(wsBase);
    }

    private static RecordingWebSocket open(String base) {
        RecordingWebSocket ws = RecordingWebSocket.connect(client, URI.create(base + "?EIO=4&transport=websocket"));
        assertThat(ws.nextText()).startsWith("0{");
        return ws;
    }

    private static RecordingWebSocket connected() {
        return connected(wsBase);
    }

    private static RecordingWebSocket connected(String base) {
        RecordingWebSocket ws = open(base);
        ws.send("40");
        assertThat(ws.nextText()).startsWith("40{\"sid\":");
        ws.assertNextText("42[\"auth\",{}]");
        return ws;
    }

    @Nested
    class Connect {

        @Test
        void mainNamespaceAnswersWithTheSocketIdThenEmitsAuth() {
            RecordingWebSocket ws = open();

            ws.send("40");

            assertThat(ws.nextText()).matches("40\\{\"sid\":\"[A-Za-z0-9_-]{20}\"}");
            ws.assertNextText("42[\"auth\",{}]");
            ws.abort();
        }

        @Test
        void theConnectPayloadIsTheHandshakeAuth() {
            RecordingWebSocket ws = open();

            ws.send("40{\"token\":\"123\"}");

            assertThat(ws.nextText()).startsWith("40{\"sid\":");
            ws.assertNextText("42[\"auth\",{\"token\":\"123\"}]");
            ws.abort();
        }

        @Test
        void customNamespaceWithAPayload() {
            RecordingWebSocket ws = open();

            ws.send("40/custom,{\"token\":\"abc\"}");

            assertThat(ws.nextText()).startsWith("40/custom,{\"sid\":");
            ws.assertNextText("42/custom,[\"auth\",{\"token\":\"abc\"}]");
            ws.abort();
        }

        @Test
        void unknownNamespaceGetsConnectError() {
            RecordingWebSocket ws = open();

            ws.send("40/random");

            ws.assertNextText("44/random,{\"message\":\"Invalid namespace\"}");
            ws.abort();
        }

        @Test
        void invalidHandshakeClosesTheConnection() {
            RecordingWebSocket ws = open();

            ws.send("4abc");

            ws.awaitClosed();
        }

        @Test
        void noHandshakeWithinTheConnectTimeoutClosesTheConnection() {
            RecordingWebSocket ws = open(strictWsBase);

            ws.awaitClosed();
        }

        @Test
        void overPollingToo() {
            String sid = polling.open();

            polling.post(polling.session(sid), "40{\"token\":\"p\"}");

            String[] packets = polling.get(polling.session(sid)).body().split("\u001e");
            assertThat(packets[0]).startsWith("40{\"sid\":");
            String auth = packets.length > 1 ? packets[1] : polling.get(polling.session(sid)).body();
            assertThat(auth).isEqualTo("42[\"auth\",{\"token\":\"p\"}]");
            polling.post(polling.session(sid), "42[\"message\",\"via polling\"]");
            assertThat(polling.get(polling.session(sid)).body()).isEqualTo("42[\"message-back\",\"via polling\"]");
        }
    }

    @Nested
    class Disconnect {

        @Test
        void disconnectingTheMainNamespaceKeepsTheConnection() {
            RecordingWebSocket ws = connected(strictWsBase);

            ws.send("41");

            assertThat(ws.next()).isEqualTo("2");
            ws.abort();
        }

        @Test
        void disconnectingACustomNamespaceKeepsTheMainOne() {
            RecordingWebSocket ws = connected();
            ws.send("40/custom");
            assertThat(ws.nextText()).startsWith("40/custom,");
            ws.assertNextText("42/custom,[\"auth\",{}]");

            ws.send("41/custom");
            ws.send("42[\"message\",\"message to main namespace\"]");

            ws.assertNextText("42[\"message-back\",\"message to main namespace\"]");
            ws.abort();
        }
    }

    @Nested
    class Messages {

        @Test
        void plainTextEvent() {
            RecordingWebSocket ws = connected();

            ws.send("42[\"message\",1,\"2\",{\"3\":[true]}]");

            ws.assertNextText("42[\"message-back\",1,\"2\",{\"3\":[true]}]");
            ws.abort();
        }

        @Test
        void eventWithBinaryAttachments() {
            RecordingWebSocket ws = connected();

            ws.send("452-[\"message\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
            ws.send(new byte[] {1, 2, 3});
            ws.send(new byte[] {4, 5, 6});

            ws.assertNextText("452-[\"message-back\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
            assertThat(ws.nextBinary()).containsExactly(1, 2, 3);
            assertThat(ws.nextBinary()).containsExactly(4, 5, 6);
            ws.abort();
        }

        @Test
        void eventWithAnAck() {
            RecordingWebSocket ws = connected();

            ws.send("42456[\"message-with-ack\",1,\"2\",{\"3\":[false]}]");

            ws.assertNextText("43456[1,\"2\",{\"3\":[false]}]");
            ws.abort();
        }

        @Test
        void binaryEventWithAnAck() {
            RecordingWebSocket ws = connected();

            ws.send("452-789[\"message-with-ack\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
            ws.send(new byte[] {1, 2, 3});
            ws.send(new byte[] {4, 5, 6});

            ws.assertNextText("462-789[{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
            assertThat(ws.nextBinary()).containsExactly(1, 2, 3);
            assertThat(ws.nextBinary()).containsExactly(4, 5, 6);
            ws.abort();
        }

        @Test
        void binaryOverPollingIsBase64() {
            String sid = polling.open();
            polling.post(polling.session(sid), "40");
            String connect = polling.get(polling.session(sid)).body();
            if (!connect.contains("auth")) {
                polling.get(polling.session(sid));
            }

            polling.post(polling.session(sid),
                    "451-[\"message\",{\"_placeholder\":true,\"num\":0}]\u001ebAQID");

            assertThat(polling.get(polling.session(sid)).body())
                    .isEqualTo("451-[\"message-back\",{\"_placeholder\":true,\"num\":0}]\u001ebAQID");
        }
    }

    @Nested
    class HostileInput {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"4abc", "42{}", "42abc[\"message-with-ack\",1]", "42[", "zzz", "43", "44{}"})
        void invalidPacketsCloseTheConnection(String packet) {
            RecordingWebSocket ws = connected();

            ws.send(packet);

            ws.awaitClosed();
        }

        @Test
        void aFrameOverMaxPayloadClosesTheConnectionAndOthersAreUnaffected() {
            RecordingWebSocket bystander = connected();
            RecordingWebSocket ws = connected();
            byte[] big = new byte[2 * 1024 * 1024];
            Arrays.fill(big, (byte) 'a');
            big[0] = '4';
            big[1] = '2';

            ws.sendMaybeRefused(new String(big, java.nio.charset.StandardCharsets.US_ASCII));

            ws.awaitClosed();
            bystander.send("42[\"message\",\"still here\"]");
            bystander.assertNextText("42[\"message-back\",\"still here\"]");
            bystander.abort();
        }

        @Test
        void garbageFromOneClientDoesNotDisturbAnother() {
            RecordingWebSocket bystander = connected();
            RecordingWebSocket ws = connected();

            ws.send("42[");
            ws.awaitClosed();

            bystander.send("42[\"message\",\"fine\"]");
            bystander.assertNextText("42[\"message-back\",\"fine\"]");
            bystander.abort();
        }
    }
}
