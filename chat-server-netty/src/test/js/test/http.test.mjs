// The HTTP API on the same port: status codes and JSON bodies.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_TOKEN, ISO_MILLIS, api, assertMessage, closeAll, connect, conversationOf, mintToken, newUsers, request, tokenFor,
} from './support.mjs';

function assertErrorBody(response, status, code) {
  assert.equal(response.status, status, JSON.stringify(response.body));
  assert.deepEqual(Object.keys(response.body), ['error']);
  assert.deepEqual(Object.keys(response.body.error).sort(), ['code', 'message']);
  assert.equal(response.body.error.code, code);
  assert.equal(typeof response.body.error.message, 'string');
}

describe('HTTP API', () => {
  test('GET /health', async () => {
    const response = await api('GET', '/health');
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok' });
  });

  test('POST /api/conversations with the admin token: 201 then 200 for the same pair in either order', async () => {
    const [a, b] = newUsers(2);
    const created = await api('POST', '/api/conversations', { token: ADMIN_TOKEN, body: { participants: [a, b] } });
    assert.equal(created.status, 201);
    assert.deepEqual(Object.keys(created.body).sort(), ['created_at', 'id', 'participants']);
    assert.equal(typeof created.body.id, 'number');
    assert.deepEqual([...created.body.participants].sort(), [a, b].sort());
    assert.match(created.body.created_at, ISO_MILLIS);

    const again = await api('POST', '/api/conversations', { token: ADMIN_TOKEN, body: { participants: [b, a] } });
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, created.body);
  });

  test('POST /api/conversations with a user token and withUserId', async () => {
    const [a, b] = newUsers(2);
    const created = await api('POST', '/api/conversations', { token: tokenFor(a), body: { withUserId: b } });
    assert.equal(created.status, 201);
    assert.deepEqual([...created.body.participants].sort(), [a, b].sort());
    const fromOther = await api('POST', '/api/conversations', { token: tokenFor(b), body: { withUserId: String(a) } });
    assert.equal(fromOther.status, 200);
    assert.equal(fromOther.body.id, created.body.id);
  });

  test('POST /api/conversations refusals', async () => {
    const [a, b, c] = newUsers(3);
    assertErrorBody(await api('POST', '/api/conversations', { body: { withUserId: b } }), 401, 'TOKEN_MISSING');
    assertErrorBody(await api('POST', '/api/conversations', { token: 'garbage', body: { withUserId: b } }), 401, 'TOKEN_MALFORMED');
    assertErrorBody(await api('POST', '/api/conversations', { token: tokenFor(a), body: { participants: [b, c] } }), 403, 'FORBIDDEN');
    assertErrorBody(await api('POST', '/api/conversations', { token: tokenFor(a), body: { participants: [a, c] } }), 403, 'FORBIDDEN');
    assertErrorBody(await api('POST', '/api/conversations', { token: tokenFor(a), body: { withUserId: a } }), 400, 'INVALID_ARGUMENT');
    assertErrorBody(await api('POST', '/api/conversations', { token: tokenFor(a), body: {} }), 400, 'INVALID_PAYLOAD');
    assertErrorBody(await api('POST', '/api/conversations', { token: tokenFor(a), rawBody: '{not json' }), 400, 'INVALID_JSON');
    assertErrorBody(await api('POST', '/api/conversations', { token: ADMIN_TOKEN, body: { participants: [a] } }), 400, 'INVALID_PAYLOAD');
    assertErrorBody(await api('POST', '/api/conversations', { token: ADMIN_TOKEN, body: { withUserId: a } }), 400, 'INVALID_PAYLOAD');
  });

  test('GET /api/conversations lists last_message and unread_count', async () => {
    const [alice, bob] = newUsers(2);
    const conversationId = await conversationOf(alice, bob);
    const a = await connect(alice);
    try {
      await request(a.socket, 'send_message', { conversationId, content: 'one', toUserId: bob });
      const { message } = await request(a.socket, 'send_message', { conversationId, content: 'two', toUserId: bob });
      const list = await api('GET', '/api/conversations', { token: tokenFor(bob) });
      assert.equal(list.status, 200);
      assert.equal(list.body.length, 1);
      const [summary] = list.body;
      assert.deepEqual(Object.keys(summary).sort(), ['created_at', 'id', 'last_message', 'participants', 'unread_count']);
      assert.equal(summary.id, conversationId);
      assert.equal(summary.unread_count, 2);
      assert.deepEqual(summary.last_message, message);

      const mine = await api('GET', '/api/conversations', { token: tokenFor(alice) });
      assert.equal(mine.body[0].unread_count, 0);
      const [lonely] = newUsers(1);
      assert.deepEqual((await api('GET', '/api/conversations', { token: tokenFor(lonely) })).body, []);
      assertErrorBody(await api('GET', '/api/conversations'), 401, 'TOKEN_MISSING');
    } finally {
      closeAll(a);
    }
  });

  test('GET /api/conversations/{id}/messages pages with before and limit', async () => {
    const [alice, bob, mallory] = newUsers(3);
    const conversationId = await conversationOf(alice, bob);
    const a = await connect(alice);
    try {
      const sent = [];
      for (let i = 0; i < 5; i++) {
        sent.push((await request(a.socket, 'send_message', { conversationId, content: `h${i}` })).message);
      }
      const all = await api('GET', `/api/conversations/${conversationId}/messages`, { token: tokenFor(bob) });
      assert.equal(all.status, 200);
      assert.deepEqual(all.body, sent);
      for (const m of all.body) assertMessage(m, { conversationId, senderId: alice, receiverId: bob, content: m.content });

      const page = await api('GET', `/api/conversations/${conversationId}/messages?before=${sent[4].id}&limit=2`, { token: tokenFor(bob) });
      assert.equal(page.status, 200);
      assert.deepEqual(page.body, [sent[2], sent[3]]);

      assertErrorBody(await api('GET', `/api/conversations/${conversationId}/messages`, { token: tokenFor(mallory) }), 403, 'NOT_PARTICIPANT');
      assertErrorBody(await api('GET', '/api/conversations/987654321987/messages', { token: tokenFor(bob) }), 404, 'CONVERSATION_NOT_FOUND');
      assertErrorBody(await api('GET', `/api/conversations/${conversationId}/messages?limit=abc`, { token: tokenFor(bob) }), 400, 'INVALID_ARGUMENT');
      assertErrorBody(await api('GET', '/api/conversations/abc/messages', { token: tokenFor(bob) }), 404, 'NOT_FOUND');
    } finally {
      closeAll(a);
    }
  });

  test('POST /api/notifications (admin) and GET /api/notifications (user)', async () => {
    const [carol] = newUsers(1);
    const phone = await connect(carol);
    const laptop = await connect(carol, { mode: 'polling' });
    try {
      const body = { user_id: carol, title: 'Payment received', message: '$100 from ACME', type: 'payment_received' };
      const created = await api('POST', '/api/notifications', { token: ADMIN_TOKEN, body });
      assert.equal(created.status, 201);
      assert.deepEqual(await phone.inbox.next('new_notification'), created.body);
      assert.deepEqual(await laptop.inbox.next('new_notification'), created.body);

      const list = await api('GET', '/api/notifications', { token: tokenFor(carol) });
      assert.equal(list.status, 200);
      assert.deepEqual(list.body, [created.body]);

      assertErrorBody(await api('POST', '/api/notifications', { token: tokenFor(carol), body }), 403, 'FORBIDDEN');
      assertErrorBody(await api('POST', '/api/notifications', { body }), 401, 'TOKEN_MISSING');
      assertErrorBody(await api('POST', '/api/notifications', { token: ADMIN_TOKEN, body: { ...body, title: '' } }), 400, 'INVALID_ARGUMENT');
      assertErrorBody(await api('POST', '/api/notifications', { token: ADMIN_TOKEN, body: { title: 'x' } }), 400, 'INVALID_PAYLOAD');
    } finally {
      closeAll(phone, laptop);
    }
  });

  test('an expired user token gets 401 with the reason', async () => {
    const expired = mintToken({ sub: '1', exp: Math.floor(Date.now() / 1000) - 3600 });
    assertErrorBody(await api('GET', '/api/conversations', { token: expired }), 401, 'TOKEN_EXPIRED');
  });

  test('unknown routes and methods', async () => {
    assertErrorBody(await api('GET', '/api/nope', { token: ADMIN_TOKEN }), 404, 'NOT_FOUND');
    assertErrorBody(await api('DELETE', '/api/conversations', { token: ADMIN_TOKEN }), 405, 'METHOD_NOT_ALLOWED');
  });
});
