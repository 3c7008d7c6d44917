import { errorResponse } from '@switchyard/core';
import type { UsageGranularity, UsageKind, UsageQuery, UsageRow, UsageStore } from '@switchyard/limits';

/** Periods `GET /admin/usage?period=` names, and the granularity each is read at by default. */
const periods: Record<string, UsageGranularity> = { hour: 'minute', day: 'hour', month: 'day' };

/**
 * `GET /admin/usage`: usage rows as JSON (`{ object: 'list', data, totals }`) or, with
 * `format=jsonl` (or `Accept: application/x-ndjson`), one row per line. Query parameters:
 * `tenant=<name>` or `provider=<name>` (else every tenant, or `kind=provider`), `period=hour|day|month`
 * (the current UTC hour's minutes, day's hours, month's days; default `month`) or `from`/`to`
 * (ISO 8601 or ms), and `granularity=minute|hour|day`.
 */
export async function usageAnswer(request: Request, usage: UsageStore, now = Date.now()): Promise<Response> {
  const url = new URL(request.url);
  let query: UsageQuery;
  try {
    query = usageQueryOf(url.searchParams, now);
  } catch (error) {
    return errorResponse(400, (error as Error).message, { code: 'invalid_request' });
  }
  let rows: UsageRow[];
  try {
    rows = await usage.read(query);
  } catch (error) {
    const message = error instanceof TypeError ? error.message : 'The usage store did not answer';
    return errorResponse(error instanceof TypeError ? 400 : 503, message);
  }
  const lines =
    url.searchParams.get('format') === 'jsonl' || request.headers.get('accept') === 'application/x-ndjson';
  if (lines) {
    const text = rows.map((row) => `${JSON.stringify(row)}\n`).join('');
    return new Response(text, {
      headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' },
    });
  }
  return Response.json(
    { object: 'list', query, data: rows, totals: totalsOf(rows) },
    { headers: { 'cache-control': 'no-store' } },
  );
}

/** Sums per subject over the rows read. */
function totalsOf(
  rows: readonly UsageRow[],
): Record<string, Omit<UsageRow, 'start' | 'granularity' | 'kind' | 'name'>> {
  const totals: Record<string, Omit<UsageRow, 'start' | 'granularity' | 'kind' | 'name'>> = {};
  for (const { kind: _kind, name, granularity: _granularity, start: _start, ...figures } of rows) {
    const total = totals[name];
    if (total === undefined) {
      totals[name] = { ...figures, latencyHistogram: [...figures.latencyHistogram] };
      continue;
    }
    for (const field of Object.keys(figures) as Array<keyof typeof figures>) {
      if (field === 'latencyHistogram') {
        figures.latencyHistogram.forEach((count, index) => {
          total.latencyHistogram[index] = (total.latencyHistogram[index] ?? 0) + count;
        });
      } else total[field] += figures[field];
    }
  }
  for (const total of Object.values(totals)) {
    // Sums of nano-dollar amounts, shown as the dollars they are.
    total.costUsd = Math.round(total.costUsd * 1e9) / 1e9;
    total.savedUsd = Math.round(total.savedUsd * 1e9) / 1e9;
  }
  return totals;
}

/**
 * The store query a request's parameters ask for.
 *
 * @throws TypeError naming the parameter that is wrong.
 */
export function usageQueryOf(params: URLSearchParams, now: number): UsageQuery {
  const tenant = params.get('tenant');
  const provider = params.get('provider');
  if (tenant !== null && provider !== null) throw new TypeError('usage: give tenant or provider, not both');
  const kindParam = params.get('kind');
  if (kindParam !== null && kindParam !== 'tenant' && kindParam !== 'provider') {
    throw new TypeError(`usage: kind must be tenant or provider; got ${JSON.stringify(kindParam)}`);
  }
  const kind: UsageKind =
    provider !== null ? 'provider' : tenant !== null ? 'tenant' : (kindParam ?? 'tenant');
  const period = params.get('period') ?? (params.has('from') ? undefined : 'month');
  let from: number;
  let to = now;
  let granularity: UsageGranularity;
  if (period !== undefined && period !== null) {
    const byDefault = periods[period];
    if (byDefault === undefined)
      throw new TypeError(`usage: period must be hour, day or month; got ${JSON.stringify(period)}`);
    from = periodStart(period, now);
    granularity = byDefault;
  } else {
    from = timeOf(params.get('from'), 'from');
    to = params.has('to') ? timeOf(params.get('to'), 'to') : now;
    granularity = 'day';
  }
  const asked = params.get('granularity');
  if (asked !== null) {
    if (asked !== 'minute' && asked !== 'hour' && asked !== 'day') {
      throw new TypeError(`usage: granularity must be minute, hour or day; got ${JSON.stringify(asked)}`);
    }
    granularity = asked;
  }
  const name = tenant ?? provider;
  return { kind, granularity, from, to, ...(name === null ? {} : { name }) };
}

/** The start of the current UTC hour, day or month. */
function periodStart(period: string, now: number): number {
  const date = new Date(now);
  if (period === 'hour')
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours());
  if (period === 'day') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function timeOf(value: string | null, name: string): number {
  const time = value === null ? Number.NaN : /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(time)) {
    throw new TypeError(
      `usage: ${name} must be an ISO 8601 time or ms since the epoch; got ${JSON.stringify(value)}`,
    );
  }
  return time;
}
