// Calls the Next.js route handler in app/api/llm/[...path]/route.ts the way Next.js does (with a
// `Request` carrying the full URL, expecting a `Response`), without a Next build. Without
// OPENAI_API_KEY the route's upstream is a local mock provider whose first answer is a 503 (the
// route's config retries it).
import { fault, startMockProvider } from '@switchyard/testing';

const mock = process.env['OPENAI_API_KEY']
  ? undefined
  : await startMockProvider({ faults: [fault.status(503)], reply: 'Hello from the mock provider.' });
if (mock) {
  process.env['OPENAI_API_KEY'] = 'mock-key';
  process.env['OPENAI_BASE_URL'] = mock.baseURL;
}
const { POST } = await import('./app/api/llm/[...path]/route.js');
const model = process.env['OPENAI_MODEL'] ?? 'gpt-4o-mini';
const chat = (content: string, stream: boolean) =>
  new Request('http://localhost:3000/api/llm/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, stream, messages: [{ role: 'user', content }] }),
  });
try {
  console.log(
    `upstream: ${mock ? 'local mock provider (no OPENAI_API_KEY set)' : process.env['OPENAI_BASE_URL']}`,
  );
  const plain = await POST(chat('Say hello.', false));
  const completion = (await plain.json()) as { choices: Array<{ message: { content: string } }> };
  console.log(`POST ${plain.status}: ${completion.choices[0]?.message.content}`);
  console.log(`x-portkey-retry-attempt-count: ${plain.headers.get('x-portkey-retry-attempt-count')}`);
  const streamed = await POST(chat('Again.', true));
  console.log(`POST ${streamed.status} ${streamed.headers.get('content-type')}`);
  let text = '';
  for (const line of (await streamed.text()).split('\n')) {
    if (!line.startsWith('data: ') || line === 'data: [DONE]') continue;
    const chunk = JSON.parse(line.slice(6)) as { choices: Array<{ delta: { content?: string } }> };
    text += chunk.choices[0]?.delta.content ?? '';
  }
  console.log(`streamed: ${text}`);
} finally {
  await mock?.close();
}
