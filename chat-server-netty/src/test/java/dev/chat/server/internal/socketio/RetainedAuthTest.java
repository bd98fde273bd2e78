package dev.chat.server.internal.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RetainedAuthTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void anEmptyObjectIsKeptAsNothing() {
        assertThat(RetainedAuth.retain(JSON.objectNode())).isNull();
        assertThat(RetainedAuth.restore(null)).isEqualTo(JSON.objectNode());
    }

    @Test
    void aJsonTreeIsKeptAsBytesAndReadsBackEqual() {
        ObjectNode auth = JSON.objectNode().put("token", "eyJhbGciOi.\u00e9\u2603\"\\").put("int", 7)
                .put("long", 12_345_678_901L).put("double", 2.5).put("whole", 3.0).put("yes", true).putNull("none");
        auth.set("big", JSON.numberNode(new BigInteger("123456789012345678901234567890")));
        auth.putArray("list").add(1).addObject().put("deep", "x");

        Object kept = RetainedAuth.retain(auth);

        assertThat(kept).isInstanceOf(byte[].class);
        JsonNode back = RetainedAuth.restore(kept);
        assertThat(back).isEqualTo(auth);
        assertThat(back.get("long").isLong()).isTrue();
        assertThat(back.get("whole").isDouble()).isTrue();
        assertThat(back.get("big").isBigInteger()).isTrue();
        assertThat(RetainedAuth.restore(kept)).isNotSameAs(back);
    }

    @Test
    void treesThatWouldNotReadBackTheSameAreKeptAsTheyAre() {
        ObjectNode binary = JSON.objectNode();
        binary.set("file", JSON.binaryNode(new byte[] {1, 2}));
        ObjectNode smallLong = JSON.objectNode();
        smallLong.set("n", JSON.numberNode(5L)); // would read back as an int
        JsonNode deep = JSON.arrayNode();
        for (int i = 0; i < 100; i++) {
            deep = JSON.arrayNode().add(deep);
        }

        assertThat(RetainedAuth.retain(binary)).isSameAs(binary);
        assertThat(RetainedAuth.retain(smallLong)).isSameAs(smallLong);
        assertThat(RetainedAuth.retain(deep)).isSameAs(deep);
        assertThat(RetainedAuth.restore(binary)).isSameAs(binary);
    }
}
