import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The README snippet, run as written except that the transport answers as a chat-only server does,
// and checks that the second turn carries the first.
const localChatServer = `import { scripted } from '@switchyard/testing';
const answer = (content, usage) => new Response(JSON.stringify({
  id: 'chatcmpl-readme', object: 'chat.completion', created: 1, model: 'llama-3.1-8b',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage,
}), { headers: { 'content-type': 'application/json' } });
const transport = scripted([
  async (request) => {
    if (request.url !== 'http://localhost:8080/v1/chat/completions') throw new Error('unexpected URL ' + request.url);
    const body = await request.json();
    if (body.messages.length !== 2) throw new Error('unexpected first turn ' + JSON.stringify(body.messages));
    return answer('Hello Ada.', { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 });
  },
  async (request) => {
    const body = await request.json();
    const texts = body.messages.map((message) => message.content).join('|');
    if (texts !== 'My name is Ada.|Hello Ada.|What is my name?') throw new Error('unexpected second turn ' + texts);
    return answer('Ada.', { prompt_tokens: 20, completion_tokens: 3, total_tokens: 23 });
  },
]);`;

it('runs the README snippet against a scripted chat-only server', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('const transport = fetchTransport();');
  const code = snippet!.replace('const transport = fetchTransport();', localChatServer);
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', code],
    { cwd: packageDir, timeout: 20_000 },
  );
  expect(stdout).toBe('Ada. 23\n');
});
