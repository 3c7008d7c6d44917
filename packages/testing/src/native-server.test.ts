import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fetchTransport, readSseEvents } from '@switchyard/core';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureFiles } from './fixture-files.js';
import { type NativeServer, nativeJson, nativeSse, startNativeServer } from './native-server.js';
import { recordingFetch } from './recording-fetch.js';

let server: NativeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const send = fetchTransport();

describe('startNativeServer', () => {
  it('records each request and answers with status, headers and body', async () => {
    server = await startNativeServer(async (request) =>
      nativeJson({ echo: request.body }, 201, { 'x-id': 'n1' }),
    );
    const response = await send(
      new Request(`${server.url}/v1/x?alt=sse`, {
        method: 'POST',
        headers: { 'x-api-key': 'k' },
        body: 'hello',
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('x-id')).toBe('n1');
    expect(await response.json()).toEqual({ echo: 'hello' });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/x?alt=sse', body: 'hello' });
    expect(server.requests[0]!.headers['x-api-key']).toBe('k');
  });

  it('writes string and byte pieces in order, and an SSE answer event by event', async () => {
    server = await startNativeServer((request) =>
      request.path === '/sse'
        ? nativeSse('data: 1\n\ndata: 2\n\n')
        : {
            headers: { 'content-type': 'application/octet-stream' },
            body: ['ab', new Uint8Array([99, 100])],
          },
    );
    expect(await (await send(new Request(`${server.url}/bytes`))).text()).toBe('abcd');
    const events = [];
    for await (const event of readSseEvents(await send(new Request(`${server.url}/sse`))))
      events.push(event.data);
    expect(events).toEqual(['1', '2']);
  });

  it('cuts the connection after the body when asked', async () => {
    server = await startNativeServer(() => ({
      headers: { 'content-type': 'text/plain' },
      body: ['part'],
      cut: true,
    }));
    const response = await send(new Request(server.url));
    await expect(response.text()).rejects.toThrow();
  });
});

describe('fixtureFiles', () => {
  it('reads text and JSON from the directory, and rejects a directory URL without a slash', () => {
    const files = fixtureFiles(new URL('../', import.meta.url));
    expect(files.json<{ name: string }>('package.json').name).toBe('@switchyard/testing');
    expect(files.text('README.md')).toContain('startNativeServer');
    expect(() => fixtureFiles(new URL('file:///tmp/fixtures'))).toThrow(
      "fixtureFiles: directory must end in '/'; got file:///tmp/fixtures",
    );
  });
});

describe('recordingFetch', () => {
  it('answers through the handler and keeps every response body', async () => {
    const recording = recordingFetch(async (request) => new Response(`got ${await request.text()}`));
    const response = await recording.fetch('http://switchyard.local/v1/x', { method: 'POST', body: 'a' });
    expect(await response.text()).toBe('got a');
    await recording.fetch('http://switchyard.local/v1/x', { method: 'POST', body: 'b' });
    expect(recording.bodies).toEqual(['got a', 'got b']);
  });
});

it('runs the README startNativeServer snippet and prints what its comments say', async () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((code) => code.includes('startNativeServer'));
  expect(snippet).toBeDefined();
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', snippet!],
    { cwd: packageDir, timeout: 15_000 },
  );
  expect(stdout).toBe('200 msg_1\nPOST /v1/messages {"model":"m"}\n');
});
