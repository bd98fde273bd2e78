// Helpers shared by the end-to-end tests. The server under test is started by
// NodeClientEndToEndTest, which passes its URL, JWT secret and admin token in the environment.
import { createHmac, randomInt } from 'node:crypto';
import assert from 'node:assert/strict';
import { io } from 'socket.io-client';

export const URL = required('CHAT_URL');
export const SECRET = required('CHAT_JWT_SECRET');
export const ADMIN_TOKEN = required('CHAT_ADMIN_TOKEN');
/** How long the server keeps a typing indicator without a refresh (configured short for the tests). */
export const TYPING_TIMEOUT_MS = Number(required('CHAT_TYPING_TIMEOUT_MS'));
/** Upper bound for any single wait in these tests. */
export const WAIT_MS = 3000;

/** The three ways the official client can reach the server. */
export const MODES = {
  websocket: { transports: ['websocket'] },
  polling: { transports: ['polling'] },
  upgrade: { transports: ['polling', 'websocket'] },
};

export const ISO_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (the JUnit driver sets it)`);
  return value;
}

/** Fresh numeric user ids, so tests never see each other's traffic. */
export function newUsers(count) {
  return Array.from({ length: count }, () => randomInt(1_000_000, 2 ** 47));
}

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT for the given claims; HS256 with the server's secret unless told otherwise. */
export function mintToken(claims, { secret = SECRET, alg = 'HS256', ttlSeconds = 3600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg, typ: 'JWT' });
  const payload = b64({ iat: now, exp: now + ttlSeconds, ...claims });
  if (alg === 'none') return `${header}.${payload}.`;
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export const tokenFor = (user) => mintToken({ sub: String(user) });

/** Records every event a socket receives, so tests can await them in order or assert their absence. */
export class Inbox {
  constructor(socket) {
    this.events = [];
    this.waiters = [];
    socket.onAny((name, ...args) => {
      this.events.push({ name, args });
      this.waiters = this.waiters.filter((w) => !w.check());
    });
  }

  /** Waits (bounded) for the next not-yet-taken event of that name and returns its first argument. */
  next(name, timeoutMs = WAIT_MS) {
    return new Promise((resolve, reject) => {
      const waiter = {
        check: () => {
          const index = this.events.findIndex((e) => e.name === name);
          if (index < 0) return false;
          const [event] = this.events.splice(index, 1);
          clearTimeout(waiter.timer);
          resolve(event.args[0]);
          return true;
        },
      };
      if (waiter.check()) return;
      waiter.timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.events.map((e) => e.name).join(', ') || 'nothing';
        reject(new Error(`no '${name}' event within ${timeoutMs} ms (pending: ${seen})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The not-yet-taken events of that name. */
  pending(name) {
    return this.events.filter((e) => e.name === name).map((e) => e.args[0]);
  }

  /** Asserts no event of that name arrived and not-yet-taken. Call after a fence (an ack on the same socket). */
  assertNone(name) {
    assert.deepEqual(this.pending(name), [], `unexpected '${name}' events`);
  }
}

/** Connects a user; resolves with the socket once connected (and upgraded in 'upgrade' mode). */
export async function connect(user, { mode = 'websocket', token, auth, extraHeaders, query, awaitUpgrade = true } = {}) {
  const socket = open({ mode, auth: auth ?? { token: token ?? tokenFor(user) }, extraHeaders, query });
  const inbox = new Inbox(socket);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`user ${user} did not connect within ${WAIT_MS} ms (${mode})`));
    }, WAIT_MS);
    socket.once('connect', () => { clearTimeout(timer); resolve(); });
    socket.once('connect_error', (err) => { clearTimeout(timer); socket.close(); reject(err); });
  });
  if (mode === 'upgrade' && awaitUpgrade) await upgraded(socket);
  return { socket, inbox, user };
}

/** Opens a socket without waiting; for tests of refused connections. */
export function open({ mode = 'websocket', auth, extraHeaders, query } = {}) {
  return io(URL, {
    path: '/socket.io',
    ...MODES[mode],
    auth,
    extraHeaders,
    query,
    reconnection: false,
    forceNew: true,
    timeout: WAIT_MS,
  });
}

/** Resolves with the connect_error of a socket that must be refused. */
export function refused(socket) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`no connect_error within ${WAIT_MS} ms`));
    }, WAIT_MS);
    socket.once('connect', () => { clearTimeout(timer); socket.close(); reject(new Error('connected but should have been refused')); });
    socket.once('connect_error', (err) => { clearTimeout(timer); socket.close(); resolve(err); });
  });
}

export async function upgraded(socket) {
  const engine = socket.io.engine;
  if (engine.transport.name === 'websocket') return;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no upgrade to websocket within ${WAIT_MS} ms`)), WAIT_MS);
    engine.once('upgrade', () => { clearTimeout(timer); resolve(); });
  });
  assert.equal(engine.transport.name, 'websocket');
}

/** Emits with an ack callback and resolves with the ack's first argument (bounded). */
export function request(socket, event, ...args) {
  return socket.timeout(WAIT_MS).emitWithAck(event, ...args).then((reply) => reply);
}

/** Calls the HTTP API; resolves with { status, body } (body parsed as JSON). */
export async function api(method, path, { token, body, rawBody, headers = {} } = {}) {
  const response = await fetch(URL + path, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined || rawBody !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    signal: AbortSignal.timeout(WAIT_MS),
  });
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    throw new Error(`${method} ${path}: body is not JSON: ${text}`);
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Opens (or finds) the conversation of two users through the admin API. */
export async function conversationOf(a, b) {
  const { status, body } = await api('POST', '/api/conversations', { token: ADMIN_TOKEN, body: { participants: [a, b] } });
  assert.ok(status === 201 || status === 200, `POST /api/conversations: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

/**
 * Two new users with the conversation between them, both connected in `mode` (alice first): runs
 * `body({ alice, bob, conversationId, a, b })` and closes both clients whatever it does.
 */
export async function inConversation(mode, body) {
  const [alice, bob] = newUsers(2);
  const conversationId = await conversationOf(alice, bob);
  const a = await connect(alice, { mode });
  const b = await connect(bob, { mode });
  try {
    await body({ alice, bob, conversationId, a, b });
  } finally {
    closeAll(a, b);
  }
}

/** Closes every given client. */
export function closeAll(...clients) {
  for (const client of clients) client?.socket?.close();
}

/** Asserts a message object has exactly the seed's new_message fields and JSON types. */
export function assertMessage(message, { conversationId, senderId, receiverId, content, isRead = false }) {
  assert.deepEqual(Object.keys(message).sort(),
    ['content', 'conversation_id', 'created_at', 'id', 'is_read', 'read_at', 'receiver_id', 'sender_id']);
  assert.equal(typeof message.id, 'number');
  assert.ok(Number.isInteger(message.id) && message.id > 0);
  assert.equal(message.conversation_id, conversationId);
  assert.equal(message.sender_id, senderId);
  assert.equal(message.receiver_id, receiverId);
  assert.equal(message.content, content);
  assert.equal(message.is_read, isRead);
  if (isRead) assert.match(message.read_at, ISO_MILLIS);
  else assert.equal(message.read_at, null);
  assert.match(message.created_at, ISO_MILLIS);
}

/** Asserts an error event / ack error: {message, code} with a stable code. */
export function assertError(error, code) {
  assert.deepEqual(Object.keys(error).sort(), ['code', 'message']);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
  assert.equal(error.code, code);
}
