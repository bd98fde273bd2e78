package dev.chat.bench.relay;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.util.OptionalLong;

/** HS256 token check for the relay: the user id from {@code sub}, {@code id} or {@code userId}. */
final class RelayAuth {
  private final JWTVerifier verifier;

  RelayAuth(String secret) {
    this.verifier = JWT.require(Algorithm.HMAC256(secret)).build();
  }

  /** The user id of a valid token ({@code "Bearer "} prefix allowed), or empty. */
  OptionalLong userOf(String token) {
    if (token == null) {
      return OptionalLong.empty();
    }
    String raw = token.startsWith("Bearer ") ? token.substring(7) : token;
    try {
      DecodedJWT jwt = verifier.verify(raw);
      for (String name : new String[] {"id", "userId"}) {
        Claim claim = jwt.getClaim(name);
        if (!claim.isMissing() && !claim.isNull() && claim.asLong() != null) {
          return OptionalLong.of(claim.asLong());
        }
      }
      return jwt.getSubject() == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(jwt.getSubject()));
    } catch (JWTVerificationException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
