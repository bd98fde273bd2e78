/** The Socket.IO layer over Engine.IO sessions: namespaces, sockets, the local adapter. Not API. */
package dev.chat.server.internal.socketio;
