/**
 * Socket.IO v5: the packet model ({@link dev.chat.protocol.socketio.SocketPacket}), the stateless
 * {@link dev.chat.protocol.socketio.SocketEncoder} and the per-connection
 * {@link dev.chat.protocol.socketio.SocketDecoder}.
 *
 * <p>Binary data is a Jackson {@link com.fasterxml.jackson.databind.node.BinaryNode} anywhere in a
 * packet's arguments; BINARY_EVENT, BINARY_ACK, placeholders and attachments are an encoding
 * detail that callers never see.
 *
 * <p>Specification: <a href="https://github.com/socketio/socket.io-protocol">socket.io-protocol</a>, v5.
 */
package dev.chat.protocol.socketio;
