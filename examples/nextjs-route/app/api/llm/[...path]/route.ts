// A Next.js App Router route handler (app/v1/chat/completions/route.ts): POST answers OpenAI chat
// completions, plain or streamed, through the Switchyard gateway's Hono app. Point any OpenAI client
// at `https://<your-app>/v1`. The upstream comes from OPENAI_API_KEY / OPENAI_BASE_URL at first use;
// the gateway is built once per server process, and its compiled config is reused by every request.
import { createGateway } from '@switchyard/server';

let gateway: ReturnType<typeof createGateway> | undefined;

function gatewayFromEnv(): ReturnType<typeof createGateway> {
  gateway ??= createGateway({
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
