// deadline() over real HTTP: a local upstream that stalls, reached through fetchTransport and toFetch
// as a user's SDK would call it. Limits are tens of milliseconds; every wait is for an event.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { compose } from './compose.js';
import { deadline } from './deadline.js';
import { TimeoutError } from './errors/timeout-error.js';
import { fetchTransport } from './fetch-transport.js';
import { type LocalServer, startLocalServer } from './test-support/local-server.js';
import { toFetch } from './to-fetch.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** An upstream answering with `respond`; `closed` resolves when its first response's connection goes. */
async function upstream(respond: (response: ServerResponse) => void) {
  let closed!: Promise<unknown>;
  const server = await startLocalServer((_request, response) => {
    closed = once(response, 'close');
    respond(response);
  });
  servers.push(server);
  return { url: `${server.origin}/v1/chat/completions`, closed: () => closed };
}

describe('deadline over HTTP', () => {
  it('ends a stalled event stream with an OpenAI error event and closes the upstream connection', async () => {
    const stalled = await upstream((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n'); // then silence
    });
    const fetchLike = toFetch(compose(deadline({ idleMs: 30 }))(fetchTransport()));
    const response = await fetchLike(stalled.url, { method: 'POST', body: '{"stream":true}' });
    const events = (await response.text()).split('\n\n').filter(Boolean);
    expect(events).toHaveLength(2);
    expect(JSON.parse(events[1]!.slice('data: '.length)).error).toMatchObject({
      type: 'timeout_error',
      code: 'stream_idle_timeout',
    });
    await stalled.closed();
  });

  it('rejects with TimeoutError when the answer never comes, and closes the upstream connection', async () => {
    const silent = await upstream(() => undefined);
    const fetchLike = toFetch(compose(deadline({ totalMs: 30 }))(fetchTransport()));
    await expect(fetchLike(silent.url, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(TimeoutError);
    await silent.closed();
  });
});
