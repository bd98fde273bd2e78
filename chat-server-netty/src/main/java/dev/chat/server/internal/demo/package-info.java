/** The web demo served at {@code /demo} by the standalone server in {@code --dev} mode only. */
package dev.chat.server.internal.demo;
