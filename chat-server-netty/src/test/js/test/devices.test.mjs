// Two users and a second device of one user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeAll, connect, conversationOf, inConversation, newUsers, request, upgraded } from './support.mjs';

test('message_notification reaches every device of the receiver', async () => {
  const [alice, bob] = newUsers(2);
  const conversationId = await conversationOf(alice, bob);
  const a = await connect(alice);
  const phone = await connect(bob, { mode: 'polling' });
  const laptop = await connect(bob, { mode: 'websocket' });
  try {
    const { message } = await request(a.socket, 'send_message', { conversationId, content: 'to all devices', toUserId: bob });
    assert.equal((await phone.inbox.next('message_notification')).id, message.id);
    assert.equal((await laptop.inbox.next('message_notification')).id, message.id);
  } finally {
    closeAll(a, phone, laptop);
  }
});

test("messages_read goes to the other user and the reader's other device, not the reading socket", async () => {
  const [alice, bob] = newUsers(2);
  const conversationId = await conversationOf(alice, bob);
  const a = await connect(alice);
  const phone = await connect(bob);
  const laptop = await connect(bob, { mode: 'polling' });
  try {
    await request(a.socket, 'send_message', { conversationId, content: 'hi', toUserId: bob });
    assert.deepEqual(await request(phone.socket, 'mark_read', { conversationId }), { ok: true });
    const atAlice = await a.inbox.next('messages_read');
    const atLaptop = await laptop.inbox.next('messages_read');
    assert.deepEqual(atLaptop, atAlice);
    assert.equal(atAlice.userId, bob);
    // The ack was written after any event for the phone's own socket: none came.
    phone.inbox.assertNone('messages_read');
  } finally {
    closeAll(a, phone, laptop);
  }
});

test('new_message reaches every joined device, and typing reaches the typist\'s other device', async () => {
  const [alice, bob] = newUsers(2);
  const conversationId = await conversationOf(alice, bob);
  const a1 = await connect(alice);
  const a2 = await connect(alice, { mode: 'polling' });
  const b = await connect(bob);
  try {
    for (const client of [a1, a2, b]) await request(client.socket, 'join_conversation', conversationId);
    const { message } = await request(b.socket, 'send_message', { conversationId, content: 'hello', toUserId: alice });
    for (const client of [a1, a2, b]) assert.equal((await client.inbox.next('new_message')).id, message.id);
    for (const client of [a1, a2]) assert.equal((await client.inbox.next('message_notification')).id, message.id);

    await request(a1.socket, 'typing_start', { conversationId, toUserId: bob });
    assert.deepEqual(await b.inbox.next('typing_start'), { conversationId, userId: alice });
    assert.deepEqual(await a2.inbox.next('typing_start'), { conversationId, userId: alice });
    a1.inbox.assertNone('typing_start');
  } finally {
    closeAll(a1, a2, b);
  }
});

test('a disconnecting typist stops typing for the others', () => inConversation('websocket', async ({ alice, conversationId, a, b }) => {
  await request(a.socket, 'join_conversation', conversationId);
  await request(b.socket, 'join_conversation', conversationId);
  await request(a.socket, 'typing_start', { conversationId });
  await b.inbox.next('typing_start');
  a.socket.close();
  assert.deepEqual(await b.inbox.next('typing_stop'), { conversationId, userId: alice });
}));

test('nothing is lost or reordered while polling upgrades to websocket', async () => {
  const [alice, bob] = newUsers(2);
  const conversationId = await conversationOf(alice, bob);
  const b = await connect(bob);
  const a = await connect(alice, { mode: 'upgrade', awaitUpgrade: false });
  try {
    await request(b.socket, 'join_conversation', conversationId);
    const count = 40;
    for (let i = 0; i < count; i++) a.socket.emit('send_message', { conversationId, content: `u${i}` });
    await upgraded(a.socket);
    for (let i = 0; i < count; i++) assert.equal((await b.inbox.next('new_message')).content, `u${i}`);
  } finally {
    closeAll(a, b);
  }
});
