package dev.chat.server.internal.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    private static com.fasterxml.jackson.databind.JsonNode auth(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void authTokenWithOrWithoutBearer() throws Exception {
        assertThat(BearerToken.fromHandshake(auth("{\"token\":\"abc\"}"), Optional.empty())).contains("abc");
        assertThat(BearerToken.fromHandshake(auth("{\"token\":\"Bearer abc\"}"), Optional.empty())).contains("abc");
        assertThat(BearerToken.fromHandshake(auth("{\"token\":\"bearer  abc \"}"), Optional.empty())).contains("abc");
    }

    @Test
    void authTokenWinsOverTheHeader() throws Exception {
        assertThat(BearerToken.fromHandshake(auth("{\"token\":\"a\"}"), Optional.of("Bearer h"))).contains("a");
    }

    @Test
    void headerWhenAuthHasNoUsableToken() throws Exception {
        for (String json : new String[] {"{}", "{\"token\":\"\"}", "{\"token\":42}", "{\"token\":null}", "\"x\"", "null"}) {
            assertThat(BearerToken.fromHandshake(auth(json), Optional.of("Bearer h"))).as(json).contains("h");
            assertThat(BearerToken.fromHandshake(auth(json), Optional.empty())).as(json).isEmpty();
        }
        assertThat(BearerToken.fromHandshake(JsonNodeFactory.instance.missingNode(), Optional.of("Bearer h"))).contains("h");
    }

    @Test
    void headerNeedsTheBearerScheme() {
        assertThat(BearerToken.fromHeader("Bearer x")).contains("x");
        assertThat(BearerToken.fromHeader("BEARER x")).contains("x");
        assertThat(BearerToken.fromHeader("Basic eDp5")).isEmpty();
        assertThat(BearerToken.fromHeader("x")).isEmpty();
        assertThat(BearerToken.fromHeader("Bearer ")).isEmpty();
    }
}
