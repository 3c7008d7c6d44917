import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The README snippet, run as written except that the transport answers like Cohere's API does.
const localCohere = `import { scripted } from '@switchyard/testing';
const transport = scripted([
  async (request) => {
    if (request.url !== 'https://api.cohere.com/v2/chat') throw new Error('unexpected URL ' + request.url);
    if (request.headers.get('authorization') !== 'Bearer co-your-key') throw new Error('wrong key');
    const body = await request.json();
    if (body.messages[0].role !== 'system') throw new Error('system message lost');
    return new Response(JSON.stringify({
      id: 'readme', finish_reason: 'COMPLETE',
      message: { role: 'assistant', content: [{ type: 'text', text: 'Paris' }] },
      usage: { tokens: { input_tokens: 20, output_tokens: 3 } },
    }), { headers: { 'content-type': 'application/json' } });
  },
]);`;

it('runs the README snippet against a scripted Cohere answer', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('const transport = fetchTransport();');
  const code = snippet!.replace('const transport = fetchTransport();', localCohere);
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', code],
    { cwd: packageDir, timeout: 20_000 },
  );
  expect(stdout).toBe('Paris 23\n');
});
