import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

// The README snippet, run as written except that the transport answers like Azure does and
// reports what it was sent.
const localAzure = `import { chatCompletion, scripted } from '@switchyard/testing';
const transport = scripted([
  (request) => {
    console.log(request.url, request.headers.get('api-key'), request.headers.get('authorization'));
    return new Response(JSON.stringify(chatCompletion({ content: 'Hello from Azure' })), { headers: { 'content-type': 'application/json' } });
  },
]);`;

it('runs the README snippet against a scripted Azure answer', async () => {
  const readme = readFileSync(`${packageDir}/README.md`, 'utf8');
  const snippet = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet).toContain('const transport = fetchTransport();');
  const code = snippet!.replace('const transport = fetchTransport();', localAzure);
  const { stdout } = await promisify(execFile)(
    tsx,
    ['--conditions=@switchyard/source', '--input-type=module', '-e', code],
    {
      cwd: packageDir,
      timeout: 20_000,
      env: {
        PATH: process.env.PATH ?? '',
        AZURE_OPENAI_ENDPOINT: 'https://readme-res.openai.azure.com',
        AZURE_OPENAI_API_KEY: 'azure-readme-key',
        AZURE_OPENAI_DEPLOYMENT: 'chat-prod',
      },
    },
  );
  expect(stdout).toBe(
    'https://readme-res.openai.azure.com/openai/deployments/chat-prod/chat/completions?api-version=2024-10-21 azure-readme-key null\nHello from Azure\n',
  );
});
