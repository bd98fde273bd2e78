/** The chat's JSON HTTP API ({@code /api/...}) and {@code /health}, as host endpoints. Not API. */
package dev.chat.server.internal.api;
