// A raw WebSocket client sending garbage gets its connection closed (or an error), and the other
// clients are unaffected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { URL, WAIT_MS, closeAll, connect, newUsers, request, tokenFor } from './support.mjs';

const WS_URL = `${URL.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;

/** A raw Engine.IO WebSocket that has completed the Socket.IO CONNECT as the given user. */
async function rawClient(user) {
  const ws = new WebSocket(WS_URL);
  const frames = [];
  let notify = () => {};
  ws.on('message', (data, isBinary) => {
    frames.push(isBinary ? data : data.toString());
    notify();
  });
  const next = (predicate) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no matching frame within ${WAIT_MS} ms; got ${JSON.stringify(frames)}`)), WAIT_MS);
    const check = () => {
      const index = frames.findIndex(predicate);
      if (index >= 0) {
        clearTimeout(timer);
        resolve(frames.splice(index, 1)[0]);
        return true;
      }
      return false;
    };
    if (!check()) notify = () => { check(); };
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  assert.match(await next((f) => typeof f === 'string' && f.startsWith('0{')), /"sid"/);
  ws.send(`40${JSON.stringify({ token: tokenFor(user) })}`);
  assert.match(await next((f) => typeof f === 'string' && f.startsWith('40')), /"sid"/);
  return { ws, next };
}

/** Resolves when the server closes the connection, or sends an `error` event. */
function closedOrError(client) {
  return Promise.race([
    new Promise((resolve) => {
      if (client.ws.readyState === WebSocket.CLOSED) resolve('closed');
      client.ws.once('close', () => resolve('closed'));
    }),
    client.next((f) => typeof f === 'string' && f.startsWith('42["error"')).then(() => 'error event'),
  ]);
}

const garbage = [
  ['an unterminated event', '42['],
  ['an unknown engine packet', 'zzz'],
  ['an event that is not an array', '42{"a":1}'],
  ['an event without a name', '42[]'],
  ['a reserved event name', '42["connect"]'],
  ['a 2 MB frame', `42["send_message",{"conversationId":1,"content":"${'x'.repeat(2 * 1024 * 1024)}"}]`],
  ['a binary frame out of place', Buffer.from([1, 2, 3])],
];

for (const [name, frame] of garbage) {
  test(`${name} closes the connection or gets an error; others are unaffected`, async () => {
    const [bystander, rogue] = newUsers(2);
    const other = await connect(bystander);
    const raw = await rawClient(rogue);
    try {
      const outcome = closedOrError(raw);
      raw.ws.send(frame);
      assert.ok(['closed', 'error event'].includes(await outcome));
      const reply = await request(other.socket, 'join_conversation', 987654321987);
      assert.equal(reply.error.code, 'CONVERSATION_NOT_FOUND');
      assert.equal(other.socket.connected, true);
    } finally {
      raw.ws.terminate();
      closeAll(other);
    }
  });
}
