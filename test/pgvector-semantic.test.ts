import { cacheSemantic, pgvectorStore } from '@switchyard/cache-semantic';
import { compose, fetchTransport, toFetch } from '@switchyard/core';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PgliteServer,
  startPgliteServer,
} from '../packages/cache-semantic/src/test-support/pglite-server.js';

let database: PgliteServer;
let pool: pg.Pool;
let provider: MockProvider;

beforeAll(async () => {
  [database, provider] = await Promise.all([startPgliteServer(), startMockProvider()]);
  pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await Promise.all([database?.stop(), provider?.close()]);
});

/** A gateway instance: the openai SDK over a pipeline whose semantic cache lives in Postgres. */
function client(apiKey: string) {
  const store = pgvectorStore({ pool, dimensions: 512 });
  const pipeline = compose(cacheSemantic({ store, maxAge: 3600 }))(fetchTransport({ baseURL: provider.url }));
  const openai = new OpenAI({ apiKey, fetch: toFetch(pipeline) });
  return (content: string) =>
    openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content }] }).withResponse();
}

const status = (result: { response: Response }) => result.response.headers.get('x-switchyard-cache-status');

describe('cacheSemantic with pgvector (PGlite over TCP, pg client, openai SDK, local HTTP provider)', () => {
  it('answers the France paraphrase from Postgres, across gateway instances, never across tenants', {
    timeout: 120_000,
  }, async () => {
    const ask = client('sk-tenant-a');
    const first = await ask('What is the capital of France?');
    expect(status(first)).toBe('MISS');
    const paraphrase = await ask("Tell me France's capital");
    expect(status(paraphrase)).toBe('SEMANTIC_HIT');
    expect(paraphrase.data.choices[0]?.message.content).toBe(first.data.choices[0]?.message.content);
    expect(status(await ask('What is the capital of Germany?'))).toBe('MISS');
    expect(provider.calls).toBe(2);

    // Another instance sharing the database sees the entries; another tenant does not.
    expect(status(await client('sk-tenant-a')("Tell me France's capital"))).toBe('SEMANTIC_HIT');
    expect(status(await client('sk-tenant-b')('What is the capital of France?'))).toBe('MISS');
    expect(provider.calls).toBe(3);

    const rows = await pool.query('SELECT count(*)::int AS count FROM switchyard_semantic_cache');
    expect(rows.rows[0]).toEqual({ count: 3 });
    const stored = await pool.query('SELECT partition, prompt, value FROM switchyard_semantic_cache');
    // Credentials are hashed into the partition, never stored.
    expect(JSON.stringify(stored.rows)).not.toContain('sk-tenant');
  });
});
