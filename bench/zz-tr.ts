import { tapPoint, type BodyTapPoint, markHandlesInternalRequests, type Handler, toFetch, compose } from '@switchyard/core';
import { trace } from '@switchyard/trace';
const text = JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'gpt-4o-mini', choices: [{ index: 0, message: { role: 'assistant', content: 'Hello there! How can I help you today?' }, finish_reason: 'stop' }], usage: { prompt_tokens: 9, completion_tokens: 10, total_tokens: 19 } });
const bytes = new TextEncoder().encode(text);
function tappable() { let point!: BodyTapPoint; const s = new ReadableStream<Uint8Array>({ pull(c) { const out = point.chunk(bytes); if (out) c.enqueue(out); const last = point.flush(); if (last) c.enqueue(last); c.close(); point.end('completed'); }, cancel() { point.end('cancelled'); } }, { highWaterMark: 0 }); point = tapPoint(s); return s; }
const transport: Handler = markHandlesInternalRequests(async () => new Response(tappable(), { headers: [['content-type', 'application/json']] }));
const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer bench' }, body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] }) };
const url = 'http://127.0.0.1:1/v1/chat/completions';
const variants: Record<string, () => Promise<unknown>> = {};
for (const [name, h] of [['bare', compose()(transport)], ['nothing', trace()(transport)], ['noop', trace({ sink: () => undefined })(transport)]] as const) {
  const f = toFetch(h); variants[name] = async () => (await f(url, init)).json();
}
const n = 40000;
const only = process.env.ONLY; for (let round = 0; round < 3; round++) for (const [name, fn] of Object.entries(variants).filter(([k]) => !only || k === only)) {
  const t = performance.now(); const c0 = process.cpuUsage();
  // 16 concurrent loops
  let left = n;
  await Promise.all(Array.from({ length: 16 }, async () => { while (left-- > 0) await fn(); }));
  const cpu = process.cpuUsage(c0);
  console.log(name.padEnd(10), (((performance.now() - t) * 1000) / n).toFixed(2), 'µs wall', ((cpu.user + cpu.system) / n).toFixed(2), 'µs cpu');
}
