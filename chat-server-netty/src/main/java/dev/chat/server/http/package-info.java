/**
 * Netty-free plain HTTP values, so applications can add their own routes beside the
 * Engine.IO / Socket.IO paths of a {@link dev.chat.server.host.NettyHost}.
 *
 * <p>An {@link dev.chat.server.http.HttpEndpoint} receives a fully read {@link dev.chat.server.http.HttpRequest}
 * and completes a {@link dev.chat.server.http.HttpResponse}. Endpoints run on the host's blocking
 * executor, never on a Netty event loop, so they may block (on a database, for instance).
 */
package dev.chat.server.http;
