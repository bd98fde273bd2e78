package dev.chat.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chat.server.testing.Polling;
import dev.chat.server.testing.RecordingWebSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The behaviours of the official Engine.IO protocol test suite, against the conformance server on a
 * free port, with the JDK HTTP and WebSocket clients (the official suite needs the network to fetch,
 * so it runs outside {@code mvn verify}; see scripts/run-official-suites.sh).
 */
class EngineIoConformanceTest {

    private static ConformanceServers servers;
    private static HttpClient client;
    private static Polling polling;
    private static String wsBase;
    private static Polling strictPolling;
    private static String strictWsBase;

    @BeforeAll
    static void start() {
        servers = ConformanceServers.start("/engine.io/");
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

    private static RecordingWebSocket websocket(String query) {
        return RecordingWebSocket.connect(client, URI.create(wsBase + "?" + query));
    }

    private static RecordingWebSocket strictWebsocket(String query) {
        return RecordingWebSocket.connect(client, URI.create(strictWsBase + "?" + query));
    }

    @Nested
    class Handshake {

        @Test
        void pollingOpensASessionWithTheConfiguredValues() {
            HttpResponse<String> response = strictPolling.get("EIO=4&transport=polling");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("0{\"sid\":\"")
                    .endsWith("\"upgrades\":[\"websocket\"],\"pingInterval\":300,\"pingTimeout\":200,\"maxPayload\":1000000}");
        }

        @Test
        void webSocketOpensASessionWithoutUpgrades() {
            RecordingWebSocket ws = strictWebsocket("EIO=4&transport=websocket");

            assertThat(ws.nextText()).startsWith("0{\"sid\":\"")
                    .endsWith("\"upgrades\":[],\"pingInterval\":300,\"pingTimeout\":200,\"maxPayload\":1000000}");
            ws.abort();
        }

        @ParameterizedTest(name = "{0} {1} -> {2} {3}")
        @CsvSource(delimiter = '|', value = {
            "GET  | transport=polling                | 400 | {\"code\":5,\"message\":\"Unsupported protocol version\"}",
            "GET  | EIO=abc&transport=polling        | 400 | {\"code\":5,\"message\":\"Unsupported protocol version\"}",
            "GET  | EIO=3&transport=polling          | 400 | {\"code\":5,\"message\":\"Unsupported protocol version\"}",
            "GET  | EIO=4                            | 400 | {\"code\":0,\"message\":\"Transport unknown\"}",
            "GET  | EIO=4&transport=abc              | 400 | {\"code\":0,\"message\":\"Transport unknown\"}",
            "POST | EIO=4&transport=polling          | 400 | {\"code\":2,\"message\":\"Bad handshake method\"}",
            "PUT  | EIO=4&transport=polling          | 400 | {\"code\":2,\"message\":\"Bad handshake method\"}",
            "GET  | EIO=4&transport=polling&sid=nope | 400 | {\"code\":1,\"message\":\"Session ID unknown\"}",
            "GET  | EIO=4&transport=websocket        | 400 | {\"code\":3,\"message\":\"Bad request\"}",
        })
        void badRequestsGetEngineIoErrors(String method, String query, int status, String body) {
            HttpResponse<String> response = polling.send(HttpRequest.newBuilder(polling.uri(query))
                    .method(method, HttpRequest.BodyPublishers.noBody()));

            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.body()).isEqualTo(body);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        }
    }

    @Nested
    class PollingMessages {

        @Test
        void echoesOneTextPacket() {
            String sid = polling.open();

            HttpResponse<String> push = polling.post(polling.session(sid), "4hello");

            assertThat(push.statusCode()).isEqualTo(200);
            assertThat(push.body()).isEqualTo("ok");
            assertThat(polling.get(polling.session(sid)).body()).isEqualTo("4hello");
        }

        @Test
        void echoesTextAndBinaryPacketsInOrderInOnePayload() {
            String sid = polling.open();

            polling.post(polling.session(sid), "4test1\u001e4test2\u001ebAQIDBA==\u001e4test3");

            assertThat(polling.get(polling.session(sid)).body()).isEqualTo("4test1\u001e4test2\u001ebAQIDBA==\u001e4test3");
        }

        @Test
        void aBurstOfThousandsOfPacketsInOnePostIsAccepted() {
            String sid = polling.open();
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 5000; i++) {
                burst.append(i == 0 ? "" : "\u001e").append('4').append(i);
            }

            assertThat(polling.post(polling.session(sid), burst.toString()).body()).isEqualTo("ok");
            String[] echoed = polling.get(polling.session(sid)).body().split("\u001e");
            assertThat(echoed).hasSize(5000);
            assertThat(echoed[4999]).isEqualTo("44999");
        }

        @Test
        void aWaitingGetIsAnsweredWhenAMessageArrives() {
            String sid = polling.open();
            CompletableFuture<HttpResponse<String>> waiting = polling.getAsync(polling.session(sid));

            polling.post(polling.session(sid), "4late");

            assertThat(waiting.join().body()).isEqualTo("4late");
        }

        @Test
        void anInvalidPayloadClosesTheSession() {
            String sid = polling.open();

            assertThat(polling.post(polling.session(sid), "abc").statusCode()).isEqualTo(400);
            assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
        }

        @Test
        void aSecondConcurrentGetClosesTheSession() {
            String sid = polling.open();
            CompletableFuture<HttpResponse<String>> first = polling.getAsync(polling.session(sid));
            CompletableFuture<HttpResponse<String>> second = polling.getAsync(polling.session(sid) + "&t=burst");

            // Whichever arrives second is refused, and the waiting one gets the close packet.
            assertThat(java.util.List.of(describe(first.join()), describe(second.join())))
                    .containsExactlyInAnyOrder("200 1", "400 {\"code\":3,\"message\":\"Bad request\"}");
            assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
        }

        @Test
        void aClosePacketEndsTheSessionAndReleasesTheWaitingGet() {
            String sid = polling.open();
            CompletableFuture<HttpResponse<String>> waiting = polling.getAsync(polling.session(sid));

            polling.post(polling.session(sid), "1");

            assertThat(waiting.join().body()).isEqualTo("6");
            assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
        }

        @Test
        void aPostOverMaxPayloadIsRefused() {
            String sid = polling.open();

            HttpResponse<String> push = polling.post(polling.session(sid), "4" + "x".repeat(1_000_001));

            assertThat(push.statusCode()).isEqualTo(413);
        }
    }

    @Nested
    class Heartbeat {

        @Test
        void pollingPingsAndStaysOpenWhileAnswered() {
            String sid = strictPolling.open();
            for (int i = 0; i < 3; i++) {
                assertThat(strictPolling.get(strictPolling.session(sid)).body()).isEqualTo("2");
                assertThat(strictPolling.post(strictPolling.session(sid), "3").statusCode()).isEqualTo(200);
            }
        }

        @Test
        void pollingSessionClosesWhenThePongIsMissing() {
            String sid = strictPolling.open();

            assertThat(strictPolling.get(strictPolling.session(sid)).body()).isEqualTo("2");
            assertThat(strictPolling.get(strictPolling.session(sid)).body()).isEqualTo("1");
            assertThat(strictPolling.get(strictPolling.session(sid)).statusCode()).isEqualTo(400);
        }

        @Test
        void webSocketPingsAndClosesWhenThePongIsMissing() {
            RecordingWebSocket ws = RecordingWebSocket.connect(client,
                    URI.create(strictWsBase + "?EIO=4&transport=websocket"));
            ws.next();
            for (int i = 0; i < 3; i++) {
                assertThat(ws.next()).isEqualTo("2");
            }

            ws.stopPonging();

            ws.awaitClosed();
        }
    }

    @Nested
    class WebSocketMessages {

        @Test
        void echoesTextAndBinary() {
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket");
            ws.nextText();

            ws.send("4hello");
            ws.assertNextText("4hello");
            ws.send(new byte[] {1, 2, 3, 4});
            assertThat(ws.nextBinary()).containsExactly(1, 2, 3, 4);
            ws.abort();
        }

        @Test
        void invalidPacketClosesTheConnection() {
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket");
            ws.nextText();

            ws.send("abc");

            ws.awaitClosed();
        }

        @Test
        void closePacketClosesTheConnection() {
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket");
            ws.nextText();

            ws.send("1");

            ws.awaitClosed();
        }
    }

    @Nested
    class Upgrade {

        @Test
        void upgradesFromPollingToWebSocket() {
            String sid = polling.open();
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket&sid=" + sid);

            ws.send("2probe");
            ws.assertNextText("3probe");
            assertThat(polling.get(polling.session(sid)).body()).isEqualTo("6");
            ws.send("5");
            ws.send("4hello");

            ws.assertNextText("4hello");
            ws.abort();
        }

        @Test
        void packetsQueuedDuringTheUpgradeArriveOverTheWebSocketInOrder() {
            String sid = polling.open();
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket&sid=" + sid);
            ws.send("2probe");
            ws.assertNextText("3probe");

            polling.post(polling.session(sid), "4one\u001e4two\u001ebAQI=");
            ws.send("5");
            ws.send("4three");

            ws.assertNextText("4one");
            ws.assertNextText("4two");
            assertThat(ws.nextBinary()).containsExactly(1, 2);
            ws.assertNextText("4three");
            ws.abort();
        }

        @Test
        void pollingRequestsAfterTheUpgradeAreRefused() {
            String sid = polling.open();
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket&sid=" + sid);
            ws.send("2probe");
            ws.assertNextText("3probe");
            ws.send("5");
            ws.send("4ready");
            ws.assertNextText("4ready");

            assertThat(polling.get(polling.session(sid)).statusCode()).isEqualTo(400);
            ws.send("4still");
            ws.assertNextText("4still");
            ws.abort();
        }

        @Test
        void aSecondWebSocketForAnUpgradedSessionIsClosed() {
            String sid = polling.open();
            RecordingWebSocket ws = websocket("EIO=4&transport=websocket&sid=" + sid);
            ws.send("2probe");
            ws.assertNextText("3probe");
            ws.send("5");
            ws.send("4ready");
            ws.assertNextText("4ready");

            RecordingWebSocket second = websocket("EIO=4&transport=websocket&sid=" + sid);
            second.awaitClosed();

            ws.send("4still");
            ws.assertNextText("4still");
            ws.abort();
        }
    }

    private static String describe(HttpResponse<String> response) {
        return response.statusCode() + " " + response.body();
    }
}
