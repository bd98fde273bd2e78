/** The Netty pipeline of the host: initializer, router, Engine.IO HTTP and WebSocket handlers. Not API. */
package dev.chat.server.internal.netty;
