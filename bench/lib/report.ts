import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { VariantResult } from './rounds.js';

/** A variant's result next to the baseline measured in the same run. */
export interface ComparedResult extends VariantResult {
  /**
   * The median over rounds of this variant's req/s divided by the baseline's in the same round. The
   * two slots of a round are close in time, so drift between rounds cancels, and a slot that another
   * process on the machine slowed moves the median little (it would move a ratio of totals).
   */
  ratio: number;
  /**
   * Extra time each request costs compared with the baseline, from `ratio` and the baseline's req/s:
   * `(1/ratio - 1) / baselineRps * 1e6`. At concurrency 1 it is the added latency; under load it is
   * the added event-loop time per request. Negative when the variant is cheaper.
   */
  addedUsPerRequest: number;
  /**
   * The median over rounds of the baseline's CPU µs per request divided by this variant's: the
   * throughput ratio a quiet machine would show.
   */
  cpuRatio: number;
  /** Extra CPU time per request in this process compared with the baseline, µs, from `cpuRatio`. */
  addedCpuUsPerRequest: number;
}

/** Adds `ratio`, `cpuRatio` and the added µs per request against the variant named `baseline`. */
export function compareTo(baseline: string, results: VariantResult[]): ComparedResult[] {
  const base = results.find((result) => result.name === baseline);
  if (!base) throw new Error(`compareTo: no result named ${JSON.stringify(baseline)}`);
  return results.map((result) => {
    const ratio = median(result.roundRps.map((rps, round) => rps / base.roundRps[round]!));
    const cpuRatio = median(result.roundCpuUs.map((cpuUs, round) => base.roundCpuUs[round]! / cpuUs));
    return {
      ...result,
      ratio,
      addedUsPerRequest: ((1 / ratio - 1) / base.rps) * 1e6,
      cpuRatio,
      addedCpuUsPerRequest: (1 / cpuRatio - 1) * base.cpuUsPerRequest,
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Prints a table: variant, req/s, p50/p99 latency, req/s ratio to the baseline, added µs/request
 * (from throughput), then CPU µs/request, its ratio and the added CPU µs/request.
 */
export function printTable(title: string, results: ComparedResult[]): void {
  const rows = [
    [
      'variant',
      'req/s',
      'p50 ms',
      'p99 ms',
      'ratio',
      'added µs/req',
      'cpu µs/req',
      'cpu ratio',
      'added cpu µs',
    ],
    ...results.map((result) => [
      result.name,
      result.rps.toFixed(0),
      (result.p50Us / 1000).toFixed(3),
      (result.p99Us / 1000).toFixed(3),
      `${result.ratio.toFixed(2)}×`,
      result.addedUsPerRequest.toFixed(1),
      result.cpuUsPerRequest.toFixed(1),
      `${result.cpuRatio.toFixed(2)}×`,
      result.addedCpuUsPerRequest.toFixed(1),
    ]),
  ];
  printRows(title, rows);
}

/**
 * Prints `title`, then `rows` as aligned columns: the first row is the header (underlined), the
 * first column is left-aligned and the others, figures, right-aligned.
 */
export function printRows(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

/** The machine and runtime a result was measured on. */
export function environment(): Record<string, unknown> {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    date: new Date().toISOString(),
  };
}

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

/** Writes `data` (plus the environment) to `bench/results/<topic>.json`; returns the path. */
export function writeResults(topic: string, data: Record<string, unknown>): string {
  if (!/^[a-z0-9-]+$/.test(topic))
    throw new TypeError(`writeResults: topic must be kebab-case; got ${topic}`);
  mkdirSync(resultsDir, { recursive: true });
  const path = `${resultsDir}${topic}.json`;
  writeFileSync(path, `${JSON.stringify({ topic, environment: environment(), ...data }, null, 2)}\n`);
  return path;
}
