package dev.chat.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    private static RequestHeaders sample() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("Host", List.of("example.org"));
        raw.put("Accept", List.of("text/html", "application/json"));
        raw.put("accept", List.of("*/*"));
        raw.put("X-Empty", List.of(""));
        return RequestHeaders.of(raw);
    }

    @Test
    void namesIgnoreCaseAndValuesKeepTheirOrder() {
        RequestHeaders headers = sample();

        assertThat(headers.first("HOST")).contains("example.org");
        assertThat(headers.first("accept")).contains("text/html");
        assertThat(headers.all("ACCEPT")).containsExactly("text/html", "application/json", "*/*");
        assertThat(headers.contains("x-empty")).isTrue();
        assertThat(headers.first("x-empty")).contains("");
        assertThat(headers.first("missing")).isEmpty();
        assertThat(headers.all("missing")).isEmpty();
        assertThat(headers.contains("missing")).isFalse();
    }

    @Test
    void asMapGroupsTheValuesUnderLowerCaseNames() {
        Map<String, List<String>> map = sample().asMap();

        assertThat(map).containsOnlyKeys("host", "accept", "x-empty");
        assertThat(map.get("accept")).containsExactly("text/html", "application/json", "*/*");
        assertThat(RequestHeaders.EMPTY.asMap()).isEmpty();
        assertThat(RequestHeaders.EMPTY.first("host")).isEmpty();
        assertThat(sample().toString()).startsWith("RequestHeaders[").contains("host");
    }
}
