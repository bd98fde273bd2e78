package dev.chat.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HmacSha256AlgorithmTest {

    private static final byte[] SECRET = TestTokens.SECRET.getBytes(StandardCharsets.UTF_8);

    private final HmacSha256Algorithm algorithm = new HmacSha256Algorithm(SECRET);
    private final Algorithm javaJwt = Algorithm.HMAC256(SECRET);

    @Test
    void namedAndSigningAsJavaJwtsHs256() {
        byte[] header = "eyJhbGciOiJIUzI1NiJ9".getBytes(StandardCharsets.UTF_8);
        byte[] payload = "eyJzdWIiOiI0NTYifQ".getBytes(StandardCharsets.UTF_8);
        assertThat(algorithm.getName()).isEqualTo(javaJwt.getName()).isEqualTo("HS256");
        assertThat(algorithm.sign(header, payload)).isEqualTo(javaJwt.sign(header, payload));
        assertThat(algorithm.sign(payload)).isEqualTo(javaJwt.sign(payload));
        // The Mac is reset after each use: signing again gives the same bytes.
        assertThat(algorithm.sign(header, payload)).isEqualTo(javaJwt.sign(header, payload));
    }

    @Test
    void verifiesWhatJavaJwtSignedAndRejectsTheRest() {
        algorithm.verify(JWT.decode(TestTokens.hs256(TestTokens.SECRET, b -> b.withSubject("456"))));
        String other = TestTokens.hs256("another-secret", b -> b.withSubject("456"));
        assertThatThrownBy(() -> algorithm.verify(JWT.decode(other)))
                .isInstanceOf(SignatureVerificationException.class);
        String good = TestTokens.hs256(TestTokens.SECRET, b -> b.withSubject("456"));
        String notBase64 = good.substring(0, good.lastIndexOf('.') + 1) + "*not+base64*";
        assertThatThrownBy(() -> algorithm.verify(JWT.decode(notBase64)))
                .isInstanceOf(SignatureVerificationException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        // A failed check leaves the thread's Mac usable.
        algorithm.verify(JWT.decode(good));
    }

    @Test
    void threadsVerifyAtTheSameTime() throws Exception {
        String good = TestTokens.hs256(TestTokens.SECRET, b -> b.withSubject("1"));
        String bad = TestTokens.hs256("another-secret", b -> b.withSubject("1"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int rejected = 0;
                    for (int i = 0; i < 2_000; i++) {
                        try {
                            algorithm.verify(JWT.decode(i % 2 == 0 ? good : bad));
                        } catch (SignatureVerificationException e) {
                            rejected++;
                        }
                    }
                    return rejected;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(1_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
