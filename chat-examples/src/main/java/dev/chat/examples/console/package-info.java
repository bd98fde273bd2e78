/** A console chat on the Java client ({@code dev.chat.client}): two terminals chat as two users. */
package dev.chat.examples.console;
