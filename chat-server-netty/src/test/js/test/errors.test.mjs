// Payloads of the wrong shape and refused actions: an `error` event {message, code}, and the ack
// {ok:false, error:{code, message}} when the client passed one. Never a crash: the socket stays usable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TYPING_TIMEOUT_MS, assertError, closeAll, connect, conversationOf, inConversation, newUsers, request,
} from './support.mjs';

describe('errors', () => {
  const badPayloads = [
    ['join_conversation', []],
    ['join_conversation', ['abc']],
    ['join_conversation', [12.5]],
    ['join_conversation', [null]],
    ['join_conversation', [{ conversationId: 'x' }]],
    ['leave_conversation', [true]],
    ['send_message', []],
    ['send_message', ['hello']],
    ['send_message', [{ content: 'no conversation' }]],
    ['send_message', [{ conversationId: 1, content: 42 }]],
    ['send_message', [{ conversationId: 1, content: 'x', toUserId: { id: 1 } }]],
    ['mark_read', [{}]],
    ['mark_read', [[1, 2]]],
    ['typing_start', [{ conversationId: '1x' }]],
    ['typing_stop', ['nope']],
  ];
  for (const [event, args] of badPayloads) {
    test(`${event}(${JSON.stringify(args).slice(1, -1)}) gets invalid_payload`, async () => {
      const [user] = newUsers(1);
      const client = await connect(user);
      try {
        const reply = await request(client.socket, event, ...args);
        assert.equal(reply.ok, false);
        assertError(reply.error, 'INVALID_PAYLOAD');
        assertError(await client.inbox.next('error'), 'INVALID_PAYLOAD');

        // Without an ack callback only the error event comes.
        client.socket.emit(event, ...args);
        assertError(await client.inbox.next('error'), 'INVALID_PAYLOAD');
        assert.equal(client.socket.connected, true);
      } finally {
        closeAll(client);
      }
    });
  }

  test('a non-participant is refused everything in the conversation', async () => {
    const [alice, bob, mallory] = newUsers(3);
    const conversationId = await conversationOf(alice, bob);
    const m = await connect(mallory);
    const b = await connect(bob);
    try {
      await request(b.socket, 'join_conversation', conversationId);
      for (const [event, payload] of [
        ['join_conversation', conversationId],
        ['send_message', { conversationId, content: 'let me in', toUserId: bob }],
        ['mark_read', { conversationId }],
        ['typing_start', { conversationId }],
        ['typing_stop', { conversationId }],
      ]) {
        const reply = await request(m.socket, event, payload);
        assert.equal(reply.ok, false, event);
        assertError(reply.error, 'NOT_PARTICIPANT');
        assertError(await m.inbox.next('error'), 'NOT_PARTICIPANT');
      }
      // Bob saw none of it: a fence on his socket.
      await request(b.socket, 'mark_read', { conversationId });
      b.inbox.assertNone('new_message');
      b.inbox.assertNone('typing_start');
    } finally {
      closeAll(m, b);
    }
  });

  test('unknown conversation, empty content and wrong receiver have their own codes', async () => {
    const [alice, bob, carol] = newUsers(3);
    const conversationId = await conversationOf(alice, bob);
    const a = await connect(alice);
    try {
      const cases = [
        [{ conversationId: 987654321987, content: 'x' }, 'CONVERSATION_NOT_FOUND'],
        [{ conversationId, content: '   ' }, 'EMPTY_CONTENT'],
        [{ conversationId, content: 'x'.repeat(10_001) }, 'CONTENT_TOO_LONG'],
        [{ conversationId, content: 'x', toUserId: carol }, 'INVALID_RECEIVER'],
      ];
      for (const [payload, code] of cases) {
        const reply = await request(a.socket, 'send_message', payload);
        assert.equal(reply.ok, false, code);
        assertError(reply.error, code);
        assertError(await a.inbox.next('error'), code);
      }
    } finally {
      closeAll(a);
    }
  });

  test('unknown events are ignored and the socket stays usable', async () => {
    const [user] = newUsers(1);
    const client = await connect(user);
    try {
      client.socket.emit('no_such_event', { x: 1 });
      const reply = await request(client.socket, 'join_conversation', 987654321987);
      assertError(reply.error, 'CONVERSATION_NOT_FOUND');
      assert.equal(client.socket.connected, true);
    } finally {
      closeAll(client);
    }
  });
});

test('a typing indicator that is not refreshed expires with typing_stop', () => inConversation('websocket', async ({ alice, bob, conversationId, a, b }) => {
  await request(a.socket, 'join_conversation', conversationId);
  await request(b.socket, 'join_conversation', conversationId);
  const started = Date.now();
  await request(a.socket, 'typing_start', { conversationId, toUserId: bob });
  assert.deepEqual(await b.inbox.next('typing_start'), { conversationId, userId: alice });
  assert.deepEqual(await b.inbox.next('typing_stop', TYPING_TIMEOUT_MS + 2000), { conversationId, userId: alice });
  assert.ok(Date.now() - started >= TYPING_TIMEOUT_MS - 50, 'typing_stop came before the timeout');
}));
