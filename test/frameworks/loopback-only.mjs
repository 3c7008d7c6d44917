// Preloaded into an example's process (`NODE_OPTIONS=--import=<this file>`) to prove that it never
// leaves the machine: every TCP connection (net, tls, http, undici's fetch all end in
// `net.Socket.prototype.connect`) and every DNS lookup of a name that is not loopback is refused
// before anything is sent, and reported on stderr. With LOOPBACK_ONLY_REPORT set, the connections
// made and refused are written to that file as JSON when the process exits.
import dns from 'node:dns';
import { writeFileSync } from 'node:fs';
import net from 'node:net';

const allowed = [];
const refused = [];

/** Loopback as a name or an address: `localhost`, 127.0.0.0/8, `::1`. */
function isLoopback(host) {
  const bare = String(host).replace(/^\[|\]$/g, '');
  return (
    bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::ffff:127.0.0.1'
  );
}

function refuse(what) {
  refused.push(what);
  process.stderr.write(`loopback-only: refused ${what}\n`);
  return new Error(`loopback-only: refused ${what}`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function loopbackOnlyConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]; // net's internal normalized form
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  const ipc = typeof options.path === 'string' && options.port === undefined; // a Unix socket or pipe
  if (!ipc) {
    const host = options.host ?? 'localhost';
    const target = `${host}:${options.port}`;
    if (!isLoopback(host)) {
      const error = refuse(`a connection to ${target}`);
      process.nextTick(() => this.destroy(error));
      return this;
    }
    allowed.push(target);
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function loopbackOnlyLookup(hostname, ...rest) {
  if (!isLoopback(hostname)) {
    const callback = rest.at(-1);
    const error = refuse(`a DNS lookup of ${hostname}`);
    process.nextTick(() => callback(error));
    return {};
  }
  return lookup.call(this, hostname, ...rest);
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = (hostname, ...rest) =>
  isLoopback(hostname)
    ? lookupPromise.call(dns.promises, hostname, ...rest)
    : Promise.reject(refuse(`a DNS lookup of ${hostname}`));

const report = process.env.LOOPBACK_ONLY_REPORT;
if (report) process.on('exit', () => writeFileSync(report, JSON.stringify({ allowed, refused })));
