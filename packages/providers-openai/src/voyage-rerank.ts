import { errorResponse, type Handler, type Middleware, readJsonBody } from '@switchyard/core';
import { deriveRequest, readUpstreamJson, upstreamHeaders } from '@switchyard/core/internal';

/** Voyage's rerank answer (`POST /v1/rerank`). */
interface VoyageRerankAnswer {
  data?: Array<{ index: number; relevance_score: number; document?: string }>;
  model?: string;
  usage?: { total_tokens?: number };
}

/**
 * Voyage's `POST /v1/rerank` in Cohere's shape, which Switchyard's `/v1/rerank` speaks: the request's
 * `top_n` is sent as Voyage's `top_k` and `{ text }` documents as strings; Voyage's `data` comes back
 * as Cohere's `results` (with `document: { text }` when asked for). Other requests and error answers
 * pass on untouched.
 */
export function voyageRerank(name: string): Middleware {
  return (next: Handler) =>
    async function voyageRerank(request) {
      if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/rerank')) {
        return next(request);
      }
      let body: Record<string, unknown>;
      try {
        body = await readJsonBody<Record<string, unknown>>(request);
      } catch {
        return errorResponse(400, 'The request body is not valid JSON', {
          headers: upstreamHeaders(new Response(null), name),
        });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return next(request);
      const { top_n, documents, ...rest } = body;
      const native: Record<string, unknown> = { ...rest };
      if (top_n !== undefined) native.top_k = top_n;
      if (Array.isArray(documents)) native.documents = documents.map(documentText);
      const headers = new Headers(request.headers);
      headers.set('content-type', 'application/json');
      headers.delete('content-length');
      const response = await next(deriveRequest(request, { headers, body: JSON.stringify(native) }, next));
      if (!response.ok) return response;
      const answer = await readUpstreamJson<VoyageRerankAnswer>(response, name);
      const results = (answer.data ?? []).map((item) => ({
        index: item.index,
        relevance_score: item.relevance_score,
        ...(item.document === undefined ? {} : { document: { text: item.document } }),
      }));
      const out = new Headers(response.headers);
      out.set('content-type', 'application/json');
      out.delete('content-length');
      return new Response(
        JSON.stringify({
          model: answer.model,
          results,
          usage: { total_tokens: answer.usage?.total_tokens ?? 0 },
        }),
        { status: response.status, headers: out },
      );
    };
}

/** A Cohere v1 `{ text }` document as the string Voyage takes; strings stay. */
function documentText(document: unknown): unknown {
  if (typeof document === 'object' && document !== null && 'text' in document) {
    return (document as { text: unknown }).text;
  }
  return document;
}
