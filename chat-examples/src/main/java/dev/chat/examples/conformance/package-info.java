/**
 * The conformance server: the reference server of the official Engine.IO and Socket.IO protocol test
 * suites, built on the general host. See {@link dev.chat.examples.conformance.ConformanceServer}.
 */
package dev.chat.examples.conformance;
