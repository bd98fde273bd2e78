/**
 * The Netty host: one port serving Engine.IO / Socket.IO servers on their paths and application
 * {@link dev.chat.server.http.HttpEndpoint}s by path prefix. See {@link dev.chat.server.host.NettyHost}.
 */
package dev.chat.server.host;
