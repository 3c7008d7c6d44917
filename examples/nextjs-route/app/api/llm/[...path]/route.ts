// A Next.js App Router catch-all route handler (app/api/llm/[...path]/route.ts): the Switchyard
// gateway answers OpenAI's API under /api/llm, e.g. POST /api/llm/v1/chat/completions (plain or
// streamed) and GET /api/llm/v1/models. Point any OpenAI client at `https://<your-app>/api/llm/v1`.
// Next.js hands the handler the request with its full path, so the gateway is told where it sits
// (`basePath`). The upstream comes from OPENAI_API_KEY / OPENAI_BASE_URL at first use; the gateway
// is built once per server process, and its compiled config is reused by every request.
import { createGateway } from '@switchyard/server';

let gateway: ReturnType<typeof createGateway> | undefined;

function gatewayFromEnv(): ReturnType<typeof createGateway> {
  gateway ??= createGateway({
    basePath: '/api/llm',
    config: {
      retry: { attempts: 2, on_status_codes: [429, 500, 502, 503, 504] },
      provider: 'openai',
      api_key: process.env['OPENAI_API_KEY'],
      custom_host: process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1',
    },
  });
  return gateway;
}

/** Streams stay streams: the gateway's Response goes back to Next.js as it is. */
export async function POST(request: Request): Promise<Response> {
  return gatewayFromEnv().fetch(request);
}

/** `GET /api/llm/v1/models` and `/api/llm/health`. */
export async function GET(request: Request): Promise<Response> {
  return gatewayFromEnv().fetch(request);
}
