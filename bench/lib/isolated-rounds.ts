import { spawn } from 'node:child_process';

/** The value of the `--name=value` argument this process was started with, or `undefined`. */
export function argumentValue(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

/**
 * Measures two sides over `rounds` rounds, each measurement in a fresh Node process: `script`
 * started again, with this process's Node flags (so tsx loads it) and the side's arguments. The
 * order is swapped each round, so drift in the machine's load affects both sides alike. A fresh
 * process per measurement keeps one side's garbage from changing when the other side's collections
 * run, which measuring both in one process does (see `bench/bedrock.ts`).
 *
 * The child reports with `reportToParent`. Returns each side's results in round order.
 *
 * @throws Error when a child fails or prints no result, with its output.
 */
export async function isolatedRounds<T>(
  script: string,
  rounds: number,
  first: readonly string[],
  second: readonly string[],
): Promise<[T[], T[]]> {
  const firsts: T[] = [];
  const seconds: T[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      firsts.push(await measureInChild<T>(script, first));
      seconds.push(await measureInChild<T>(script, second));
    } else {
      seconds.push(await measureInChild<T>(script, second));
      firsts.push(await measureInChild<T>(script, first));
    }
  }
  return [firsts, seconds];
}

/** Prints a child's result where `isolatedRounds` reads it: the last line of its output, as JSON. */
export function reportToParent(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function measureInChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      output += text;
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      output += text;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trimEnd().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output}`));
        return;
      }
      resolve(JSON.parse(last) as T);
    });
  });
}
