// The web demo: one user's chat in the browser with the official socket.io-client (global `io`).
// Plain JS, no build step. Every server event of the seed API is shown:
//   new_message -> the open conversation, message_notification -> unread badge (+ toast),
//   messages_read -> read receipts, typing_start/stop -> typing indicator,
//   new_notification -> toast, error -> toast.
'use strict';

const $ = (id) => document.getElementById(id);

const state = {
  me: null,            // my user id (string)
  token: null,         // my JWT, minted by the dev-only /demo/token endpoint
  socket: null,
  users: [],
  openWith: null,      // the other user of the open conversation
  openConversation: null,
  unread: new Map(),   // sender id -> unread count
  typingSent: false,
  typingTimer: null,
  typingHideTimer: null,
};

// ---- small helpers --------------------------------------------------------------------------

const asId = (id) => (/^[0-9]{1,15}$/.test(String(id)) ? Number(id) : String(id));
const same = (a, b) => String(a) === String(b);

function setStatus(text, stateName) {
  const status = $('status');
  status.textContent = text;
  status.dataset.state = stateName;
}

function toast(title, text, kind = 'info') {
  const el = document.createElement('div');
  el.className = `toast ${kind}`;
  el.dataset.testid = 'toast';
  const strong = document.createElement('strong');
  strong.textContent = title;
  el.append(strong, document.createTextNode(text));
  $('toasts').append(el);
  setTimeout(() => el.remove(), 10000);
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${state.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(json.error ? json.error.message : `HTTP ${response.status}`);
  return json;
}

// ---- contacts and badges --------------------------------------------------------------------

function renderContacts() {
  const list = $('contacts');
  list.replaceChildren();
  for (const user of state.users.filter((u) => !same(u, state.me))) {
    const item = document.createElement('li');
    item.className = 'contact' + (same(user, state.openWith) ? ' active' : '');
    item.dataset.user = user;
    item.dataset.testid = `contact-${user}`;
    const name = document.createElement('span');
    name.textContent = `User ${user}`;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.dataset.testid = `badge-${user}`;
    const count = state.unread.get(String(user)) || 0;
    badge.textContent = String(count);
    badge.hidden = count === 0;
    item.append(name, badge);
    item.addEventListener('click', () => openConversation(user));
    list.append(item);
  }
}

// ---- messages -------------------------------------------------------------------------------

function renderMessage(m) {
  if (document.querySelector(`.message[data-id="${m.id}"]`)) return; // the ack and new_message both carry it
  const mine = same(m.sender_id, state.me);
  const item = document.createElement('li');
  item.className = 'message' + (mine ? ' mine' : '');
  item.dataset.id = m.id;
  item.dataset.testid = 'message';
  item.dataset.createdAt = m.created_at;
  const text = document.createElement('span');
  text.className = 'content';
  text.textContent = m.content;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${mine ? 'me' : `User ${m.sender_id}`} · ${new Date(m.created_at).toLocaleTimeString()} `;
  if (mine) {
    const receipt = document.createElement('span');
    receipt.className = 'receipt';
    receipt.dataset.testid = 'receipt';
    setReceipt(receipt, m.is_read);
    meta.append(receipt);
  }
  item.append(text, meta);
  $('messages').append(item);
  item.scrollIntoView({ block: 'end' });
}

function setReceipt(receipt, read) {
  receipt.dataset.state = read ? 'read' : 'sent';
  receipt.textContent = read ? '✓✓ read' : '✓ sent';
}

function markOpenConversationRead() {
  if (state.openConversation !== null) {
    state.socket.emit('mark_read', { conversationId: state.openConversation });
  }
}

async function openConversation(user) {
  if (!state.socket) return;
  const conversation = await api('POST', '/api/conversations', { withUserId: asId(user) });
  if (state.openConversation !== null && state.openConversation !== conversation.id) {
    state.socket.emit('leave_conversation', state.openConversation);
  }
  state.openWith = String(user);
  state.openConversation = conversation.id;
  state.unread.set(String(user), 0);
  state.socket.emit('join_conversation', conversation.id);
  $('chat').hidden = false;
  $('empty').hidden = true;
  $('chat-title').textContent = `Conversation ${conversation.id} with User ${user}`;
  $('messages').replaceChildren();
  $('typing').hidden = true;
  const history = await api('GET', `/api/conversations/${conversation.id}/messages?limit=50`);
  for (const m of history) renderMessage(m);
  renderContacts();
  markOpenConversationRead();
  $('message-input').focus();
}

// ---- typing ---------------------------------------------------------------------------------

function typingPayload() {
  return { conversationId: state.openConversation, toUserId: asId(state.openWith) };
}

function onInput() {
  if (state.openConversation === null) return;
  if (!state.typingSent) {
    state.socket.emit('typing_start', typingPayload());
    state.typingSent = true;
  }
  clearTimeout(state.typingTimer);
  state.typingTimer = setTimeout(stopTyping, 2000);
}

function stopTyping() {
  clearTimeout(state.typingTimer);
  if (state.typingSent && state.openConversation !== null) {
    state.socket.emit('typing_stop', typingPayload());
  }
  state.typingSent = false;
}

function showTyping(userId, typing) {
  const indicator = $('typing');
  clearTimeout(state.typingHideTimer);
  indicator.hidden = !typing;
  indicator.textContent = typing ? `User ${userId} is typing…` : '';
  if (typing) state.typingHideTimer = setTimeout(() => { indicator.hidden = true; }, 8000);
}

// ---- connection -----------------------------------------------------------------------------

async function connect() {
  const user = $('user-select').value;
  if (state.socket) state.socket.disconnect();
  const minted = await (await fetch(`/demo/token?user=${encodeURIComponent(user)}`)).json();
  state.me = String(user);
  state.token = minted.token;
  state.openWith = null;
  state.openConversation = null;
  state.unread.clear();
  setStatus('connecting…', 'connecting');

  const socket = io({ path: '/socket.io/', auth: { token: state.token } });
  state.socket = socket;

  socket.on('connect', () => {
    setStatus(`connected as User ${state.me}`, 'connected');
    // socket.io does not remember rooms across reconnections: join the open conversation again.
    if (state.openConversation !== null) socket.emit('join_conversation', state.openConversation);
  });
  socket.on('disconnect', (reason) => setStatus(`disconnected (${reason})`, 'disconnected'));
  socket.on('connect_error', (err) => setStatus(`cannot connect: ${err.message}`, 'error'));

  socket.on('new_message', (m) => {
    if (m.conversation_id !== state.openConversation) return;
    renderMessage(m);
    if (!same(m.sender_id, state.me)) {
      showTyping(m.sender_id, false);
      markOpenConversationRead();
    }
  });
  socket.on('message_notification', (n) => {
    if (n.conversation_id === state.openConversation) return; // already on screen
    const sender = String(n.sender_id);
    state.unread.set(sender, (state.unread.get(sender) || 0) + 1);
    renderContacts();
    toast(`New message from User ${sender}`, n.content);
  });
  socket.on('messages_read', (r) => {
    if (r.conversationId !== state.openConversation || same(r.userId, state.me)) return;
    const readAt = Date.parse(r.readAt);
    for (const item of document.querySelectorAll('.message.mine')) {
      if (Date.parse(item.dataset.createdAt) <= readAt) setReceipt(item.querySelector('.receipt'), true);
    }
  });
  socket.on('typing_start', (t) => {
    if (t.conversationId === state.openConversation && !same(t.userId, state.me)) showTyping(t.userId, true);
  });
  socket.on('typing_stop', (t) => {
    if (t.conversationId === state.openConversation && !same(t.userId, state.me)) showTyping(t.userId, false);
  });
  socket.on('new_notification', (n) => toast(n.title, n.message, 'notification'));
  socket.on('error', (e) => toast('Error', e.message, 'error'));

  renderContacts();
}

function send(event) {
  event.preventDefault();
  const input = $('message-input');
  const content = input.value.trim();
  if (!content || state.openConversation === null) return;
  stopTyping();
  state.socket.emit('send_message',
    { conversationId: state.openConversation, content, toUserId: asId(state.openWith) },
    (reply) => {
      if (reply && reply.ok) renderMessage(reply.message);
      else if (reply) toast('Not sent', reply.error.message, 'error');
    });
  input.value = '';
}

async function init() {
  const { users } = await (await fetch('/demo/users')).json();
  state.users = users.map(String);
  const select = $('user-select');
  for (const user of state.users) {
    const option = document.createElement('option');
    option.value = user;
    option.textContent = `User ${user}`;
    select.append(option);
  }
  $('connect').addEventListener('click', connect);
  $('composer').addEventListener('submit', send);
  $('message-input').addEventListener('input', onInput);
  const preset = new URLSearchParams(location.search).get('user');
  if (preset && state.users.includes(preset)) {
    select.value = preset;
    connect();
  }
}

init();
