// Benchmark peer: the official socket.io v4 server, default settings, implementing the chat's
// events exactly as the seed describes them, with an in-memory store and HS256 JWT auth in the
// CONNECT auth object (or the Authorization header).
//   node server.js <port>    (secret in CHAT_JWT_SECRET)
'use strict';
const http = require('http');
const { Server } = require('socket.io');
const jwt = require('jsonwebtoken');

const port = Number(process.argv[2] || 8000);
const secret = process.env.CHAT_JWT_SECRET || 'bench-secret';

const messagesByConversation = new Map();
let nextMessageId = 1;

const httpServer = http.createServer();
const io = new Server(httpServer); // default settings

io.use((socket, next) => {
  let token = (socket.handshake.auth && socket.handshake.auth.token) || socket.handshake.headers.authorization;
  if (!token) return next(new Error('Authentication error'));
  if (token.startsWith('Bearer ')) token = token.slice(7);
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    socket.userId = Number(claims.id ?? claims.userId ?? claims.sub);
    next();
  } catch (e) {
    next(new Error('Authentication error'));
  }
});

io.on('connection', (socket) => {
  socket.join(`user_${socket.userId}`);

  socket.on('join_conversation', (conversationId) => {
    socket.join(`conversation_${conversationId}`);
  });

  socket.on('leave_conversation', (conversationId) => {
    socket.leave(`conversation_${conversationId}`);
  });

  socket.on('send_message', (data) => {
    if (!data || data.conversationId == null || data.toUserId == null || typeof data.content !== 'string') {
      socket.emit('error', { message: 'Failed to send message' });
      return;
    }
    const message = {
      id: nextMessageId++,
      conversation_id: Number(data.conversationId),
      sender_id: socket.userId,
      receiver_id: Number(data.toUserId),
      content: data.content,
      is_read: false,
      read_at: null,
      created_at: new Date().toISOString(),
    };
    let list = messagesByConversation.get(message.conversation_id);
    if (!list) messagesByConversation.set(message.conversation_id, (list = []));
    list.push(message);
    io.to(`conversation_${message.conversation_id}`).emit('new_message', message);
    io.to(`user_${message.receiver_id}`).emit('message_notification', {
      id: message.id,
      conversation_id: message.conversation_id,
      sender_id: message.sender_id,
      receiver_id: message.receiver_id,
      content: message.content,
      is_read: false,
      created_at: message.created_at,
      type: 'new_message',
    });
  });
});

httpServer.listen(port, '127.0.0.1', () => {
  console.log(`node socket.io peer listening on 127.0.0.1:${port}`);
});
