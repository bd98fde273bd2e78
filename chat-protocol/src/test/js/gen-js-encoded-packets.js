// Regenerates src/test/resources/dev/chat/protocol/js-encoded-packets.jsonl: 1000 packets encoded
// by the official socket.io-parser (4.2.7 when generated; Socket.IO protocol v5), each as the Engine.IO WebSocket
// text frame plus base64 attachments. Values include the awkward ones: doubles in every layout,
// lone surrogates, control characters, emoji, nested binary. JsParserInteropTest decodes each one
// and re-encodes it byte for byte.
//
//   npm install socket.io-parser@4 && node gen-js-encoded-packets.js > ../resources/dev/chat/protocol/js-encoded-packets.jsonl
const { Encoder, PacketType } = require('socket.io-parser');
let seed = 42;
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = a => a[Math.floor(rnd() * a.length)];
const nums = [0, -0, 1, -1, 0.1, 0.5, 1.5, 12345678.5, 1e21, 1e-7, 1.5e-7, 123e-20, 2 ** 53 - 1, 1e300, 5e-324, 3.141592653589793, 1 / 3, 100, 1e20, 123456789012345680000];
const strs = ['', 'hello', 'ünïcödé €', 'quote " back \\ slash', 'line\nbreak\ttab', '\u0001\u001f\u007f', '😀 emoji', '\u2028\u2029', 'a/b<script>', '\ud800 lone'];
function value(depth) {
  const k = Math.floor(rnd() * (depth > 0 ? 9 : 7));
  switch (k) {
    case 0: return pick(strs);
    case 1: return pick(nums);
    case 2: return Math.floor(rnd() * 1e6);
    case 3: return rnd() < 0.5;
    case 4: return null;
    case 5: return Buffer.from([1, 2, 3, Math.floor(rnd() * 255)]);
    case 6: return pick(strs) + Math.floor(rnd() * 100);
    case 7: { const a = []; const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) a.push(value(depth - 1)); return a; }
    default: { const o = {}; const n = Math.floor(rnd() * 4); for (let i = 0; i < n; i++) o[pick(strs) + i] = value(depth - 1); return o; }
  }
}
const out = [];
const enc = new Encoder();
for (let i = 0; i < 1000; i++) {
  const nsp = pick(['/', '/', '/admin', '/ünï']);
  const t = Math.floor(rnd() * 5);
  let p;
  if (t === 0) p = { type: PacketType.CONNECT, nsp, data: rnd() < 0.5 ? undefined : { token: pick(strs), n: pick(nums) } };
  else if (t === 1) p = { type: PacketType.DISCONNECT, nsp };
  else if (t === 2) { const data = ['ev' + i]; const n = Math.floor(rnd() * 4); for (let k = 0; k < n; k++) data.push(value(3)); p = { type: PacketType.EVENT, nsp, data }; if (rnd() < 0.5) p.id = Math.floor(rnd() * 1e9); }
  else if (t === 3) { const data = []; const n = Math.floor(rnd() * 4); for (let k = 0; k < n; k++) data.push(value(3)); p = { type: PacketType.ACK, nsp, data, id: Math.floor(rnd() * 1e6) }; }
  else p = { type: PacketType.CONNECT_ERROR, nsp, data: rnd() < 0.5 ? { message: pick(strs) } : pick(strs) };
  const parts = enc.encode(p);
  out.push(JSON.stringify({ text: '4' + parts[0], att: parts.slice(1).map(b => Buffer.from(b).toString('base64')) }));
}
process.stdout.write(out.join('\n') + '\n');
