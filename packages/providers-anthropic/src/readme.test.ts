import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The README snippet, run as written except that the transport answers like Anthropic's API does.
const localAnthropic = `import { scripted } from '@switchyard/testing';
const transport = scripted([
  (request) => {
    if (request.url !== 'https://api.anthropic.com/v1/messages') throw new Error('unexpected URL ' + request.url);
    if (request.headers.get('authorization') !== null) throw new Error('caller auth was forwarded');
    return new Response(JSON.stringify({
      id: 'msg_readme', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5-20250929',
      content: [{ type: 'text', text: 'Paris' }], stop_reason: 'end_turn', stop_sequence: null,
      usage: { input_tokens: 20, output_tokens: 3 },
    }), { headers: { 'content-type': 'application/json' } });
  },
]);`;

it('runs the README snippet against a scripted Anthropic answer', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('const transport = fetchTransport();');
  const code = snippet!.replace('const transport = fetchTransport();', localAnthropic);
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', code],
    { cwd: packageDir, timeout: 20_000 },
  );
  expect(stdout).toBe('Paris 23\n');
});
