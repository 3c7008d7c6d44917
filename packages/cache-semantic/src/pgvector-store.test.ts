import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgvectorStore } from './pgvector-store.js';
import { type PgliteServer, startPgliteServer } from './test-support/pglite-server.js';

const unit = (...values: number[]) => Float32Array.from(values);

let server: PgliteServer;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startPgliteServer();
  pool = new pg.Pool({ connectionString: server.connectionString, max: 2 });
}, 120_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

describe('pgvectorStore (PGlite + pgvector over TCP, through pg)', { timeout: 60_000 }, () => {
  it('creates the extension, table and HNSW cosine index, and finds the nearest rows of a partition', async () => {
    const store = pgvectorStore({ pool, table: 'cache_basic', dimensions: 3 });
    await store.add({ partition: 'p', vector: unit(1, 0, 0), prompt: 'x', value: 'X' });
    await store.add({ partition: 'p', vector: unit(0.8, 0.6, 0), prompt: 'y', value: 'Y' });
    await store.add({ partition: 'p', vector: unit(0, 0, 1), prompt: 'z', value: 'Z' });
    await store.add({ partition: 'q', vector: unit(1, 0, 0), prompt: 'other tenant', value: 'Q' });
    const matches = await store.search({
      partition: 'p',
      vector: unit(2, 0, 0),
      limit: 5,
      minSimilarity: 0.5,
    });
    expect(matches.map((match) => match.value)).toEqual(['X', 'Y']);
    expect(matches[1]?.similarity).toBeCloseTo(0.8, 5);
    const indexes = await pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename = 'cache_basic'`);
    const definitions = indexes.rows.map((row: { indexdef: string }) => row.indexdef).join('\n');
    expect(definitions).toMatch(/USING hnsw \(embedding vector_cosine_ops\)/);
    const client = await pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const plan = await client.query(
        `EXPLAIN SELECT prompt FROM cache_basic ORDER BY embedding <=> '[1,0,0]' LIMIT 4`,
      );
      expect(plan.rows.map((row: Record<string, string>) => Object.values(row)[0]).join('\n')).toMatch(
        /Index Scan using cache_basic_embedding_idx/,
      );
    } finally {
      client.release(true);
    }
  });

  it('finds a partition’s nearest rows when other partitions hold many nearer ones', async () => {
    const store = pgvectorStore({ pool, table: 'cache_crowded', dimensions: 3, efSearch: 4 });
    for (let index = 0; index < 200; index++) {
      await store.add({
        partition: 'crowd',
        vector: unit(1, index / 1000, 0),
        prompt: `c${index}`,
        value: 'C',
      });
    }
    await store.add({ partition: 'mine', vector: unit(0.9, 0, 0.1), prompt: 'mine', value: 'M' });
    const matches = await store.search({
      partition: 'mine',
      vector: unit(1, 0, 0),
      limit: 1,
      minSimilarity: 0,
    });
    expect(matches.map((match) => match.value)).toEqual(['M']);
  });

  it('never returns an expired row, and prune() deletes expired rows', async () => {
    const store = pgvectorStore({ pool, table: 'cache_ttl', dimensions: 2 });
    const now = Date.now();
    await store.add({
      partition: 'p',
      vector: unit(1, 0),
      prompt: 'old',
      value: 'OLD',
      expiresAt: now - 1000,
    });
    await store.add({
      partition: 'p',
      vector: unit(1, 0.1),
      prompt: 'new',
      value: 'NEW',
      expiresAt: now + 60_000,
    });
    const matches = await store.search({ partition: 'p', vector: unit(1, 0), limit: 5, minSimilarity: 0 });
    expect(matches.map((match) => match.value)).toEqual(['NEW']);
    expect(await store.prune()).toBe(1);
    const rows = await pool.query('SELECT prompt FROM cache_ttl');
    expect(rows.rows).toEqual([{ prompt: 'new' }]);
  });

  it('replaces the row of a prompt stored again (a forced refresh)', async () => {
    const store = pgvectorStore({ pool, table: 'cache_replace', dimensions: 2 });
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'same', value: 'v1' });
    await store.add({ partition: 'p', vector: unit(1, 0), prompt: 'same', value: 'v2' });
    const matches = await store.search({ partition: 'p', vector: unit(1, 0), limit: 5, minSimilarity: 0 });
    expect(matches.map((match) => match.value)).toEqual(['v2']);
  });

  it('opens and ends its own pool from a connectionString', async () => {
    const store = pgvectorStore({
      connectionString: server.connectionString,
      table: 'cache_own',
      dimensions: 2,
    });
    await store.add({ partition: 'p', vector: unit(0, 1), prompt: 'x', value: 'X' });
    expect(
      await store.search({ partition: 'p', vector: unit(0, 1), limit: 1, minSimilarity: 0 }),
    ).toHaveLength(1);
    await store.close?.();
  });

  it('refuses a table whose vectors have another length', async () => {
    await pgvectorStore({ pool, table: 'cache_dims', dimensions: 2 }).add({
      partition: 'p',
      vector: unit(1, 0),
      prompt: 'x',
      value: 'X',
    });
    const store = pgvectorStore({ pool, table: 'cache_dims', dimensions: 3 });
    await expect(
      store.search({ partition: 'p', vector: unit(1, 0, 0), limit: 1, minSimilarity: 0 }),
    ).rejects.toThrow('pgvectorStore: cache_dims.embedding has 2 dimensions but the store was given 3');
  });

  it('validates its options', () => {
    expect(() => pgvectorStore({ pool, dimensions: 0 })).toThrow(
      'pgvectorStore: dimensions must be an integer > 0; got 0',
    );
    expect(() => pgvectorStore({ dimensions: 3 })).toThrow(
      'pgvectorStore: give exactly one of pool and connectionString',
    );
    expect(() => pgvectorStore({ pool, dimensions: 3, table: 'x; DROP TABLE y' })).toThrow(
      'pgvectorStore: table must be a plain identifier, optionally schema-qualified; got "x; DROP TABLE y"',
    );
  });
});
