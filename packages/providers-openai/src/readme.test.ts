import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The README snippet, run as written except that the transport answers like the provider does and
// reports what it was sent.
const localProvider = `import { chatCompletion, scripted } from '@switchyard/testing';
const transport = scripted([
  async (request) => {
    const body = JSON.parse(await request.text());
    console.log(request.url, request.headers.get('authorization'), 'logprobs' in body);
    return new Response(JSON.stringify(chatCompletion({ content: 'Hello!' })), { headers: { 'content-type': 'application/json' } });
  },
]);`;

async function run(env: Record<string, string>): Promise<string> {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('const transport = fetchTransport();');
  const code = snippet!.replace('const transport = fetchTransport();', localProvider);
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', code],
    { cwd: packageDir, timeout: 20_000, env: { PATH: process.env.PATH ?? '', ...env } },
  );
  return stdout;
}

it('runs the README snippet: Groq when GROQ_API_KEY is set, logprobs dropped', async () => {
  expect(await run({ GROQ_API_KEY: 'gsk-readme' })).toBe(
    'https://api.groq.com/openai/v1/chat/completions Bearer gsk-readme false\nHello!\n',
  );
});

it('runs the README snippet: OpenAI otherwise, body untouched', async () => {
  expect(await run({ OPENAI_API_KEY: 'sk-readme' })).toBe(
    'https://api.openai.com/v1/chat/completions Bearer sk-readme true\nHello!\n',
  );
});
