// A gateway in its own process, started by `startGateway` (gateway-process.ts): `bare-proxy <upstream>`
// or `switchyard [<serve options as JSON>]`. Plain JavaScript run by plain Node (no tsx loader), so the process's memory is the
// gateway's own. It sends `{ port }` once it listens on 127.0.0.1, then answers `stats` (or `stats
// after gc`) with its CPU time and memory, and exits on `close`.
import { createServer } from 'node:http';
import { Agent, request } from 'undici';

const [role, upstream] = process.argv.slice(2);

/**
 * A `node:http` proxy doing the least a gateway must: parse the JSON body, forward it with
 * `undici.request`, and write the answer back chunk by chunk as it arrives (streams included).
 */
function bareProxy() {
  // Unlimited connections per origin, as Switchyard's transport: a stream holds one for its length.
  const dispatcher = new Agent({ pipelining: 1 });
  const server = createServer((incoming, outgoing) => {
    const chunks = [];
    incoming.on('data', (chunk) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      request(`${upstream}${incoming.url}`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', authorization: incoming.headers.authorization ?? '' },
        body: JSON.stringify(body),
      }).then(
        async (answer) => {
          outgoing.writeHead(answer.statusCode, {
            'content-type': String(answer.headers['content-type'] ?? 'application/json'),
          });
          for await (const chunk of answer.body) outgoing.write(chunk);
          outgoing.end();
        },
        () => {
          outgoing.writeHead(502);
          outgoing.end();
        },
      );
    });
  });
  server.listen(0, '127.0.0.1', () => ready(server.address().port));
}

/**
 * `serve()` from the built `@switchyard/server`, as `switchyard serve` runs for users, with further
 * options given as JSON (keys, usage: false, redis, ...).
 */
async function switchyard(optionsJson) {
  const { serve } = await import('@switchyard/server');
  const options = optionsJson === undefined ? {} : JSON.parse(optionsJson);
  const running = await serve({ ...options, port: 0, hostname: '127.0.0.1', log: () => {} });
  ready(running.port);
}

function ready(port) {
  process.on('message', (message) => {
    if (message === 'stats' || message === 'stats after gc') {
      // Before a measurement, garbage left from the warm-up is collected, so "idle" is what is live.
      if (message === 'stats after gc') globalThis.gc();
      const usage = process.resourceUsage();
      process.send({
        stats: {
          cpuUs: usage.userCPUTime + usage.systemCPUTime,
          rssBytes: process.memoryUsage.rss(),
          maxRssBytes: usage.maxRSS * 1024,
        },
      });
    }
    if (message === 'close') process.exit(0);
  });
  process.on('disconnect', () => process.exit(0));
  process.send({ port });
}

if (role === 'bare-proxy') bareProxy();
else if (role === 'switchyard') await switchyard(upstream);
else throw new Error(`gateway-child: unknown role ${role}`);
