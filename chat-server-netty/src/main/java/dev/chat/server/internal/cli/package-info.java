/** The standalone server's command line: settings, {@code --help}, {@code --dev}, {@code token}. Not API. */
package dev.chat.server.internal.cli;
