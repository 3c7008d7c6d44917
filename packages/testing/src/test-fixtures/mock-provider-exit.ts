// Run as a child process by mock-provider-close.test.ts: opens every kind of long-lived request,
// closes the mock provider, and then simply ends. If anything were left running (a socket, a
// listening server, a pending delay timer), this process would not exit by itself.
import { fault, startMockProvider } from '../index.js';

const mock = await startMockProvider({
  streamChunkDelayMs: 60_000,
  faults: (request) => {
    const scenario = request.headers['x-scenario'];
    if (scenario === 'hang') return fault.hang();
    if (scenario === 'slow') return fault.latency(60_000);
    return undefined;
  },
});

function chat(scenario: string, stream = false): Promise<string> {
  return fetch(`${mock.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-scenario': scenario },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'a b c' }], stream }),
  }).then(
    (response) =>
      response.text().then(
        () => `${scenario}: body`,
        () => `${scenario}: body cut`,
      ),
    () => `${scenario}: rejected`,
  );
}

console.log(await chat('normal'));
const pending = [chat('hang'), chat('slow'), chat('paced-stream', true)];
while (mock.calls < 4) await new Promise((resolve) => setImmediate(resolve));
await mock.close();
for (const outcome of await Promise.all(pending)) console.log(outcome);
console.log('closed');
