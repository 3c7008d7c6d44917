import { compose, type Handler } from '@switchyard/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatBody, middlewareCases } from './cases.js';
import { downstreamKinds } from './downstreams.js';
import { chatRequest, fetchThrough } from './entries.js';
import { answerContent, answerHeader } from './script.js';
import { startUpstream, type Upstream } from './upstream.js';

// The other half of the fetch contract: what Switchyard hands back is a standard Response any
// Fetch-API host can copy, re-wrap (`new Response(res.body, res)`, as @hono/node-server and
// Next.js do) and read headers from.

let upstream: Upstream;

beforeAll(async () => {
  upstream = await startUpstream();
});

afterAll(async () => {
  await upstream.close();
});

/** How a host gets the pipeline's response: the caller's own Request, or a call through `toFetch`. */
const responseEntries = [
  {
    name: 'a new Request',
    respond: (pipeline: Handler, baseURL: string) => pipeline(chatRequest(baseURL, chatBody)),
  },
  {
    name: 'toFetch',
    respond: (pipeline: Handler, baseURL: string) => fetchThrough(pipeline, baseURL, chatBody),
  },
];

const plainFetch = downstreamKinds[0]!;

/** Every middleware's answer, and a cache's answer from its store (the second, identical call). */
const cases = middlewareCases.flatMap((middleware) =>
  responseEntries.flatMap((entry) =>
    (middleware.scenarios.includes('cache miss then hit') ? [1, 2] : [1]).map((calls) => ({
      title: `${middleware.name} | ${entry.name} | ${calls === 1 ? 'an upstream answer' : 'a cached answer'}`,
      middleware,
      entry,
      calls,
    })),
  ),
);

describe('responses hosts can use', () => {
  it.each(cases.map((host) => [host.title, host] as const))(
    '%s',
    async (_title, { middleware, entry, calls }) => {
      const downstream = plainFetch.create(upstream, [200]);
      const pipeline = compose(middleware.build())(downstream.handler);
      let response = await entry.respond(pipeline, downstream.baseURL);
      for (let call = 1; call < calls; call++) {
        await response.arrayBuffer();
        response = await entry.respond(pipeline, downstream.baseURL);
      }
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      if (calls === 1) expect(response.headers.get(answerHeader.name)).toBe(answerHeader.value);
      const headerNames = [...response.headers.keys()];
      expect(headerNames).toContain('content-type');

      const copy = response.clone();
      const rewrapped = new Response(response.body, response);
      expect(rewrapped.status).toBe(response.status);
      expect(rewrapped.statusText).toBe(response.statusText);
      expect([...rewrapped.headers]).toEqual([...response.headers]);
      const [fromCopy, fromRewrapped] = await Promise.all([copy.json(), rewrapped.json()]);
      expect(fromRewrapped).toEqual(fromCopy);
      expect(
        (fromRewrapped as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content,
      ).toBe(answerContent);
      expect(response.bodyUsed).toBe(true);
    },
  );
});
