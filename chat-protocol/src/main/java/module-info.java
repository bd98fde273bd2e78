/**
 * Sans-I/O Engine.IO v4 and Socket.IO v5 codec: strings and byte arrays in, immutable packet
 * values out, and back. No threads, no clock, no I/O, no logging; Jackson for JSON.
 */
module dev.chat.protocol {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;

  exports dev.chat.protocol;
  exports dev.chat.protocol.engineio;
  exports dev.chat.protocol.socketio;
}
