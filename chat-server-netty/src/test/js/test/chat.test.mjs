// Every client -> server event of the seed and every server -> client event with its exact fields
// and JSON types, in each of the three transport modes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ADMIN_TOKEN, ISO_MILLIS, MODES, api, assertMessage, closeAll, connect, inConversation, newUsers, request, tokenFor,
} from './support.mjs';

for (const mode of Object.keys(MODES)) {
  describe(`chat over ${mode}`, () => {
    test('join, send_message, new_message and message_notification, with acks', () => inConversation(mode, async ({ alice, bob, conversationId, a, b }) => {
      assert.deepEqual(await request(a.socket, 'join_conversation', conversationId), { ok: true });
      // The seed allows the id as a string too.
      assert.deepEqual(await request(b.socket, 'join_conversation', String(conversationId)), { ok: true });

      const ack = await request(a.socket, 'send_message', { conversationId, content: 'Hello world!', toUserId: bob });
      assert.equal(ack.ok, true);
      assertMessage(ack.message, { conversationId, senderId: alice, receiverId: bob, content: 'Hello world!' });

      const atBob = await b.inbox.next('new_message');
      assert.deepEqual(atBob, ack.message);
      const atAlice = await a.inbox.next('new_message');
      assert.deepEqual(atAlice, ack.message, 'the sender in the room gets new_message too');

      const notification = await b.inbox.next('message_notification');
      assert.deepEqual(Object.keys(notification).sort(),
        ['content', 'conversation_id', 'created_at', 'id', 'is_read', 'receiver_id', 'sender_id', 'type']);
      assert.deepEqual(notification, {
        id: ack.message.id,
        conversation_id: conversationId,
        sender_id: alice,
        receiver_id: bob,
        content: 'Hello world!',
        is_read: false,
        created_at: ack.message.created_at,
        type: 'new_message',
      });
      a.inbox.assertNone('message_notification');
    }));

    test('send_message without an ack callback still broadcasts, and toUserId is optional', () => inConversation(mode, async ({ alice, bob, conversationId, a, b }) => {
      await request(b.socket, 'join_conversation', conversationId);
      a.socket.emit('send_message', { conversationId, content: 'no ack' });
      const message = await b.inbox.next('new_message');
      assertMessage(message, { conversationId, senderId: alice, receiverId: bob, content: 'no ack' });
      await b.inbox.next('message_notification');
    }));

    test('message_notification reaches the receiver without joining the room', () => inConversation(mode, async ({ bob, conversationId, a, b }) => {
      await request(a.socket, 'send_message', { conversationId, content: 'psst', toUserId: bob });
      const notification = await b.inbox.next('message_notification');
      assert.equal(notification.content, 'psst');
      // Bob joined nothing: a fence on his socket proves no new_message was sent to him.
      await request(b.socket, 'mark_read', { conversationId });
      b.inbox.assertNone('new_message');
    }));

    test('leave_conversation stops new_message', () => inConversation(mode, async ({ bob, conversationId, a, b }) => {
      await request(b.socket, 'join_conversation', conversationId);
      assert.deepEqual(await request(b.socket, 'leave_conversation', String(conversationId)), { ok: true });
      await request(a.socket, 'send_message', { conversationId, content: 'after leave', toUserId: bob });
      await b.inbox.next('message_notification');
      b.inbox.assertNone('new_message');
    }));

    test('mark_read: messages_read to the other user, and history shows the read time', () => inConversation(mode, async ({ alice, bob, conversationId, a, b }) => {
      const sent = await request(a.socket, 'send_message', { conversationId, content: 'read me', toUserId: bob });
      assert.deepEqual(await request(b.socket, 'mark_read', { conversationId }), { ok: true });
      const receipt = await a.inbox.next('messages_read');
      assert.deepEqual(Object.keys(receipt).sort(), ['conversationId', 'readAt', 'userId']);
      assert.equal(receipt.conversationId, conversationId);
      assert.equal(receipt.userId, bob);
      assert.match(receipt.readAt, ISO_MILLIS);
      b.inbox.assertNone('messages_read');

      const history = await api('GET', `/api/conversations/${conversationId}/messages`, { token: tokenFor(alice) });
      assert.equal(history.status, 200);
      assert.equal(history.body.length, 1);
      assertMessage(history.body[0], {
        conversationId, senderId: alice, receiverId: bob, content: 'read me', isRead: true,
      });
      assert.equal(history.body[0].id, sent.message.id);
      assert.equal(history.body[0].read_at, receipt.readAt);
    }));

    test('typing_start and typing_stop reach the other user in the room, not the typist', () => inConversation(mode, async ({ alice, bob, conversationId, a, b }) => {
      await request(a.socket, 'join_conversation', conversationId);
      await request(b.socket, 'join_conversation', conversationId);
      assert.deepEqual(await request(a.socket, 'typing_start', { conversationId, toUserId: bob }), { ok: true });
      assert.deepEqual(await b.inbox.next('typing_start'), { conversationId, userId: alice });
      assert.deepEqual(await request(a.socket, 'typing_stop', { conversationId, toUserId: bob }), { ok: true });
      assert.deepEqual(await b.inbox.next('typing_stop'), { conversationId, userId: alice });
      a.inbox.assertNone('typing_start');
      a.inbox.assertNone('typing_stop');
    }));

    test('new_notification from the admin API reaches the user', async () => {
      const [carol] = newUsers(1);
      const c = await connect(carol, { mode });
      try {
        const created = await api('POST', '/api/notifications', {
          token: ADMIN_TOKEN,
          body: { user_id: carol, title: 'Project Update', message: 'You have been assigned to Project X', type: 'project_assigned' },
        });
        assert.equal(created.status, 201);
        const pushed = await c.inbox.next('new_notification');
        assert.deepEqual(pushed, created.body);
        assert.deepEqual(Object.keys(pushed).sort(), ['created_at', 'id', 'message', 'title', 'type', 'user_id']);
        assert.equal(typeof pushed.id, 'number');
        assert.equal(pushed.user_id, carol);
        assert.equal(pushed.title, 'Project Update');
        assert.equal(pushed.message, 'You have been assigned to Project X');
        assert.equal(pushed.type, 'project_assigned');
        assert.match(pushed.created_at, ISO_MILLIS);
      } finally {
        closeAll(c);
      }
    });

    test('many messages arrive complete and in order', () => inConversation(mode, async ({ conversationId, a, b }) => {
      await request(b.socket, 'join_conversation', conversationId);
      const count = 30;
      for (let i = 0; i < count; i++) a.socket.emit('send_message', { conversationId, content: `m${i}` });
      for (let i = 0; i < count; i++) {
        assert.equal((await b.inbox.next('new_message')).content, `m${i}`);
      }
    }));
  });
}
