/** Engine.IO sessions: the per-session concurrency shell, the registry, and the wire adapter. Not API. */
package dev.chat.server.internal.engine;
