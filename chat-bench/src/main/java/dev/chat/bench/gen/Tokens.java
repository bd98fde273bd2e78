package dev.chat.bench.gen;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * HS256 tokens for the benchmark's users, signed with the secret every peer is started with.
 * The user id is carried as {@code sub} (string) and as numeric {@code id} and {@code userId}
 * claims, so each peer reads the claim its own code expects. Tokens are made once per user.
 */
final class Tokens {
  private final Algorithm algorithm;
  private final Instant expiresAt = Instant.now().plusSeconds(3_600);
  private final Map<Long, String> cache = new HashMap<>();

  Tokens(String secret) {
    this.algorithm = Algorithm.HMAC256(secret);
  }

  String forUser(long userId) {
    return cache.computeIfAbsent(userId, id -> JWT.create()
        .withSubject(Long.toString(id))
        .withClaim("id", id)
        .withClaim("userId", id)
        .withIssuedAt(Instant.now())
        .withExpiresAt(expiresAt)
        .sign(algorithm));
  }
}
