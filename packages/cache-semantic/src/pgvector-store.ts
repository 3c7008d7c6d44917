import pgvector from 'pgvector';
import { checkDimensions } from './embedder.js';
import type { VectorEntry, VectorMatch, VectorQuery, VectorStore } from './vector-store.js';

/** What the store needs of a `pg` `Client`, `PoolClient` or `Pool`. */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** What the store needs of a `pg` `Pool`: it checks out a client to run a search in a transaction. */
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(error?: Error | boolean): void }>;
  end?(): Promise<void>;
}

/** Options of `pgvectorStore`. Give `pool` or `connectionString`. */
export interface PgvectorStoreOptions {
  /** A `pg` `Pool` (or `Client`) you own; the store never ends it. Default: none. */
  pool?: PgPoolLike | PgQueryable;
  /** A Postgres URL; the store then makes (and on `close()` ends) its own `pg` `Pool`. Default: none. */
  connectionString?: string;
  /** The table, optionally schema-qualified. Default: `switchyard_semantic_cache`. */
  table?: string;
  /** The vector length of the embedder used with this store. Required. */
  dimensions: number;
  /** Create the `vector` extension, the table and its indexes on first use. Default: true. */
  createTable?: boolean;
  /** How many nearest candidates the HNSW search keeps (`hnsw.ef_search`). Default: 64. */
  efSearch?: number;
}

/** The pgvector store, with a way to delete expired rows. */
export interface PgvectorStore extends VectorStore {
  /** Deletes expired rows now (the store also does it every `pruneEvery` inserts); resolves to the count. */
  prune(): Promise<number>;
}

const pruneEvery = 256;
const identifierPattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * Keeps entries in Postgres with pgvector: an HNSW index with `vector_cosine_ops`, rows filtered by
 * partition and expiry time. With pgvector 0.8+ searches use iterative index scans, so a
 * partition's nearest rows are found even when other partitions crowd the index.
 *
 * @throws TypeError at creation when an option is invalid.
 */
export function pgvectorStore(options: PgvectorStoreOptions): PgvectorStore {
  const dimensions = checkDimensions('pgvectorStore', options?.dimensions);
  if ((options.pool === undefined) === (options.connectionString === undefined)) {
    throw new TypeError('pgvectorStore: give exactly one of pool and connectionString');
  }
  if (options.pool !== undefined && typeof options.pool.query !== 'function') {
    throw new TypeError('pgvectorStore: pool must be a pg Pool or Client (an object with query())');
  }
  const tableName = options.table ?? 'switchyard_semantic_cache';
  const parts = tableName.split('.');
  if (parts.length > 2 || !parts.every((part) => identifierPattern.test(part))) {
    throw new TypeError(
      `pgvectorStore: table must be a plain identifier, optionally schema-qualified; got ${JSON.stringify(tableName)}`,
    );
  }
  const efSearch = options.efSearch ?? 64;
  if (!Number.isInteger(efSearch) || efSearch < 1 || efSearch > 1000) {
    throw new TypeError(`pgvectorStore: efSearch must be an integer from 1 to 1000; got ${String(efSearch)}`);
  }
  const table = parts.map((part) => `"${part}"`).join('.');
  const indexPrefix = (parts.at(-1) as string).slice(0, 40);
  const ownPool = options.connectionString !== undefined;
  let pool: Promise<PgPoolLike | PgQueryable> | undefined;
  let ready: Promise<{ iterativeScan: boolean }> | undefined;
  let inserts = 0;

  function getPool(): Promise<PgPoolLike | PgQueryable> {
    pool ??= options.pool
      ? Promise.resolve(options.pool)
      : import('pg').then((module) => {
          const pg = (module as unknown as { default?: typeof import('pg') }).default ?? module;
          return new pg.Pool({ connectionString: options.connectionString, max: 4 }) as unknown as PgPoolLike;
        });
    return pool;
  }

  function prepare(): Promise<{ iterativeScan: boolean }> {
    ready ??= (async () => {
      const db = await getPool();
      if (options.createTable ?? true) {
        await db.query('CREATE EXTENSION IF NOT EXISTS vector');
        await db.query(
          `CREATE TABLE IF NOT EXISTS ${table} (
            id bigserial PRIMARY KEY,
            partition text NOT NULL,
            prompt text NOT NULL,
            embedding vector(${dimensions}) NOT NULL,
            value text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz
          )`,
        );
        await db.query(
          `CREATE INDEX IF NOT EXISTS "${indexPrefix}_embedding_idx" ON ${table} USING hnsw (embedding vector_cosine_ops)`,
        );
        // One row per prompt and partition: storing a prompt again (a forced refresh) replaces it.
        await db.query(
          `CREATE UNIQUE INDEX IF NOT EXISTS "${indexPrefix}_prompt_idx" ON ${table} (partition, md5(prompt))`,
        );
        await db.query(`CREATE INDEX IF NOT EXISTS "${indexPrefix}_expires_at_idx" ON ${table} (expires_at)`);
      }
      const column = await db.query(
        `SELECT atttypmod AS dimensions FROM pg_attribute WHERE attrelid = $1::regclass AND attname = 'embedding'`,
        [tableName],
      );
      const existing = Number(column.rows[0]?.dimensions);
      if (existing !== dimensions) {
        throw new TypeError(
          `pgvectorStore: ${tableName}.embedding has ${existing} dimensions but the store was given ${dimensions}`,
        );
      }
      const version = await db.query(`SELECT extversion FROM pg_extension WHERE extname = 'vector'`);
      const [major = 0, minor = 0] = String(version.rows[0]?.extversion ?? '0.0')
        .split('.')
        .map(Number);
      return { iterativeScan: major > 0 || minor >= 8 };
    })();
    ready.catch(() => {
      ready = undefined;
    });
    return ready;
  }

  const selectNearest = `SELECT prompt, value, 1 - (embedding <=> $1) AS similarity FROM ${table}
    WHERE partition = $2 AND (expires_at IS NULL OR expires_at > to_timestamp($3 / 1000.0))
    ORDER BY embedding <=> $1 LIMIT $4`;

  async function prune(): Promise<number> {
    await prepare();
    const db = await getPool();
    const result = await db.query(
      `WITH deleted AS (DELETE FROM ${table} WHERE expires_at <= to_timestamp($1 / 1000.0) RETURNING 1)
       SELECT count(*)::int AS count FROM deleted`,
      [Date.now()],
    );
    return Number(result.rows[0]?.count ?? 0);
  }

  return {
    prune,

    async add(entry: VectorEntry): Promise<void> {
      checkLength(entry.vector, dimensions);
      await prepare();
      const db = await getPool();
      await db.query(
        `INSERT INTO ${table} (partition, prompt, embedding, value, expires_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::float8 IS NULL THEN NULL ELSE to_timestamp($5::float8 / 1000.0) END)
         ON CONFLICT (partition, md5(prompt)) DO UPDATE SET embedding = EXCLUDED.embedding,
           value = EXCLUDED.value, created_at = now(), expires_at = EXCLUDED.expires_at`,
        [
          entry.partition,
          entry.prompt,
          pgvector.toSql(Array.from(entry.vector)),
          entry.value,
          entry.expiresAt ?? null,
        ],
      );
      if (++inserts % pruneEvery === 0) await prune();
    },

    async search(query: VectorQuery): Promise<VectorMatch[]> {
      checkLength(query.vector, dimensions);
      const { iterativeScan } = await prepare();
      const db = await getPool();
      const values = [pgvector.toSql(Array.from(query.vector)), query.partition, Date.now(), query.limit];
      let rows: Record<string, unknown>[];
      if ('connect' in db && typeof db.connect === 'function') {
        // SET LOCAL needs a transaction on one connection.
        const client = await db.connect();
        try {
          await client.query('BEGIN');
          if (iterativeScan) await client.query('SET LOCAL hnsw.iterative_scan = strict_order');
          await client.query(`SET LOCAL hnsw.ef_search = ${efSearch}`);
          rows = (await client.query(selectNearest, values)).rows;
          await client.query('COMMIT');
          client.release();
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          client.release(error as Error);
          throw error;
        }
      } else {
        rows = (await db.query(selectNearest, values)).rows;
      }
      return rows
        .map((row) => ({
          prompt: String(row.prompt),
          value: String(row.value),
          similarity: Number(row.similarity),
        }))
        .filter((match) => match.similarity >= query.minSimilarity);
    },

    async close(): Promise<void> {
      if (!ownPool || !pool) return;
      const own = (await pool) as PgPoolLike;
      pool = undefined;
      ready = undefined;
      await own.end?.();
    },
  };
}

function checkLength(vector: Float32Array, dimensions: number): void {
  if (vector.length !== dimensions) {
    throw new TypeError(
      `pgvectorStore: vector has ${vector.length} dimensions; the store holds ${dimensions}`,
    );
  }
}
