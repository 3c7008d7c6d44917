// Finding 7 of issue 20, shutdown: `close(deadlineMs)` of a running gateway resolves by its deadline
// even while a client holds a stalled stream open without reading it, and releases the upstream.
import { once } from 'node:events';
import { type IncomingMessage, request } from 'node:http';
import { serve } from '@switchyard/server';
import { undiciTransport } from '@switchyard/transport-undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chatCompletionJson,
  chunkEvent,
  type RecordingUpstream,
  startRecordingUpstream,
} from './recording-upstream.js';

const upstreams: RecordingUpstream[] = [];
afterEach(async () => {
  for (const upstream of upstreams.splice(0)) await upstream.close();
});

/** Opens a stream through the gateway and stops reading after its first chunk, keeping the connection. */
async function abandonAfterFirstChunk(
  url: string,
  headers: Record<string, string>,
): Promise<IncomingMessage> {
  const outgoing = request(url, { method: 'POST', headers });
  outgoing.end(
    JSON.stringify({ model: 'gpt-4o-mini', stream: true, messages: [{ role: 'user', content: 'Hi' }] }),
  );
  const [incoming] = (await once(outgoing, 'response')) as [IncomingMessage];
  await once(incoming, 'data');
  incoming.pause();
  return incoming;
}

describe('serve().close(deadlineMs)', () => {
  it('resolves by its deadline with a stalled stream the client abandoned, and closes the upstream', async () => {
    const upstream = await startRecordingUpstream((response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(chunkEvent('Hel')); // then nothing, for ever
    });
    upstreams.push(upstream);
    // No idle timeout: only close() can end this stream.
    const gateway = await serve({ port: 0, log: () => {}, logger: () => {}, streamIdleTimeoutMs: 0 });
    const arrived = upstream.nextArrival();
    const client = await abandonAfterFirstChunk(`${gateway.url}/v1/chat/completions`, {
      'content-type': 'application/json',
      authorization: 'Bearer sk-upstream',
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': upstream.baseURL,
    });
    // The client sees its connection cut (an 'aborted' error on a response it never finished).
    client.on('error', () => undefined);
    const clientGone = new Promise((resolve) => client.once('close', resolve));
    await gateway.close(30);
    await (await arrived).closed;
    await clientGone;
  });

  it('leaves a transport it was given open for its owner', async () => {
    const upstream = await startRecordingUpstream((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(chatCompletionJson('still here'));
    });
    upstreams.push(upstream);
    const transport = undiciTransport();
    const gateway = await serve({ port: 0, log: () => {}, transport });
    await gateway.close(0);
    const response = await transport(
      new Request(`${upstream.baseURL}/chat/completions`, { method: 'POST', body: '{}' }),
    );
    expect(JSON.parse(await response.text()).choices[0].message.content).toBe('still here');
    await transport.close(0);
  });

  it('refuses a deadline that is not a number >= 0', async () => {
    const gateway = await serve({ port: 0, log: () => {} });
    expect(() => gateway.close(-5)).toThrow('serve: close(deadlineMs) needs a number >= 0; got -5');
    await gateway.close(0);
  });
});
