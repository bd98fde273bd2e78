// Authentication at CONNECT: auth.token with and without "Bearer ", the Authorization header,
// and every refusal as a connect_error carrying the server's sentence.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, connect, mintToken, newUsers, open, refused, request, tokenFor } from './support.mjs';

describe('authentication', () => {
  for (const mode of ['websocket', 'polling', 'upgrade']) {
    test(`auth.token with and without "Bearer " (${mode})`, async () => {
      const [user] = newUsers(1);
      const plain = await connect(user, { mode, auth: { token: tokenFor(user) } });
      const bearer = await connect(user, { mode, auth: { token: `Bearer ${tokenFor(user)}` } });
      closeAll(plain, bearer);
    });

    test(`Authorization header via extraHeaders (${mode})`, async () => {
      const [user] = newUsers(1);
      const client = await connect(user, { mode, auth: {}, extraHeaders: { Authorization: `Bearer ${tokenFor(user)}` } });
      closeAll(client);
    });
  }

  test('the connected user is the token subject', async () => {
    const [alice, bob] = newUsers(2);
    const a = await connect(alice, { token: mintToken({ id: alice }) }); // falls back to the id claim
    const b = await connect(bob, { token: mintToken({ userId: String(bob) }) }); // then userId
    try {
      // A conversation the token's user opens names that user as a participant.
      const reply = await request(a.socket, 'join_conversation', 987654321987);
      assert.equal(reply.ok, false);
      assert.equal(reply.error.code, 'CONVERSATION_NOT_FOUND');
    } finally {
      closeAll(a, b);
    }
  });

  const refusals = [
    ['no token at all', { auth: {} }, 'Authentication error: no token provided', 'TOKEN_MISSING'],
    ['an empty token', { auth: { token: '' } }, 'Authentication error: no token provided', 'TOKEN_MISSING'],
    ['a token that is not a string', { auth: { token: 42 } }, 'Authentication error: no token provided', 'TOKEN_MISSING'],
    ['a garbage token', { auth: { token: 'garbage' } }, 'Authentication error: malformed token', 'TOKEN_MALFORMED'],
    ['a bad signature', { auth: { token: mintToken({ sub: '1' }, { secret: 'not-the-secret' }) } },
      'Authentication error: invalid token signature', 'SIGNATURE_INVALID'],
    ['an expired token', { auth: { token: mintToken({ sub: '1', exp: Math.floor(Date.now() / 1000) - 3600 }) } },
      'Authentication error: token expired', 'TOKEN_EXPIRED'],
    ['a token not valid yet', { auth: { token: mintToken({ sub: '1', nbf: Math.floor(Date.now() / 1000) + 3600 }) } },
      'Authentication error: token not yet valid', 'TOKEN_NOT_YET_VALID'],
    ['alg none', { auth: { token: mintToken({ sub: '1' }, { alg: 'none' }) } },
      'Authentication error: token algorithm not accepted', 'ALGORITHM_REJECTED'],
    ['a token without a user', { auth: { token: mintToken({ name: 'x' }) } },
      'Authentication error: token does not name a user', 'USER_MISSING'],
    ['a bad Authorization header', { auth: {}, extraHeaders: { Authorization: 'Bearer garbage' } },
      'Authentication error: malformed token', 'TOKEN_MALFORMED'],
  ];
  for (const [name, options, message, code] of refusals) {
    for (const mode of ['websocket', 'polling']) {
      test(`refuses ${name} (${mode})`, async () => {
        const error = await refused(open({ mode, ...options }));
        assert.equal(error.message, message);
        assert.deepEqual(error.data, { code });
      });
    }
  }

  test('a refused client does not disturb a connected one', async () => {
    const [user] = newUsers(1);
    const client = await connect(user);
    try {
      await refused(open({ auth: { token: 'garbage' } }));
      assert.equal(client.socket.connected, true);
      const reply = await request(client.socket, 'join_conversation', 987654321987);
      assert.equal(reply.ok, false);
    } finally {
      closeAll(client);
    }
  });

  test('any namespace but / is refused', async () => {
    const [user] = newUsers(1);
    const { io } = await import('socket.io-client');
    const { URL } = await import('./support.mjs');
    const socket = io(`${URL}/admin`, {
      path: '/socket.io', transports: ['websocket'], auth: { token: tokenFor(user) }, reconnection: false, forceNew: true,
    });
    const error = await refused(socket);
    assert.equal(error.message, 'Invalid namespace');
  });
});
