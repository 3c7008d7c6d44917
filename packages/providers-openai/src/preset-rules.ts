import { errorResponse, type Handler, type Middleware, readJsonBody } from '@switchyard/core';
import { openaiEndpoint, upstreamHeaders } from '@switchyard/core/internal';

/** The form a provider's model ids take, e.g. Workers AI's `@cf/<author>/<model>`. */
export interface ModelRule {
  /** Matches every model id the provider accepts. */
  pattern: RegExp;
  /** The form in words, for the error: `"must look like @cf/<author>/<model>"`. */
  rule: string;
}

/** A documented bound of a numeric chat parameter; either end may be open. */
export interface ParamLimit {
  /** The smallest value the provider accepts. Default: no lower bound. */
  min?: number;
  /** The largest value the provider accepts. Default: no upper bound. */
  max?: number;
}

/** What a provider documents it refuses, checked before a request leaves. */
export interface PresetRules {
  /** The form of the provider's model ids. Default: any id. */
  model?: ModelRule;
  /** Bounds of numeric chat parameters (`temperature`, `n`, `max_tokens`, ...). Default: none. */
  limits?: Readonly<Record<string, ParamLimit>>;
  /** The most inputs one embeddings request may carry. Default: no limit. */
  maxEmbeddingInputs?: number;
}

/**
 * Answers 400 (`invalid_request`, naming the parameter) without calling the provider when a chat or
 * embeddings request breaks one of the provider's documented `rules`: the provider would refuse it
 * anyway, and a local answer names the rule instead of a provider-specific message. Other requests,
 * and bodies that are not JSON objects, pass on unchanged for the provider to judge.
 */
export function presetRules(name: string, rules: PresetRules): Middleware {
  return (next: Handler) =>
    async function presetRules(request) {
      const endpoint = request.method === 'POST' ? openaiEndpoint(new URL(request.url)) : undefined;
      if (endpoint !== 'chat/completions' && endpoint !== 'embeddings') return next(request);
      let body: unknown;
      try {
        body = await readJsonBody(request);
      } catch {
        return next(request);
      }
      if (typeof body !== 'object' || body === null) return next(request);
      const problem = findProblem(body as Record<string, unknown>, endpoint, rules);
      if (problem === undefined) return next(request);
      return errorResponse(400, `${name}: ${problem.message}`, {
        code: 'invalid_request',
        param: problem.param,
        headers: upstreamHeaders(new Response(null), name),
      });
    };
}

interface Problem {
  param: string;
  message: string;
}

function findProblem(
  body: Record<string, unknown>,
  endpoint: 'chat/completions' | 'embeddings',
  rules: PresetRules,
): Problem | undefined {
  const model = body.model;
  if (rules.model && typeof model === 'string' && !rules.model.pattern.test(model)) {
    return { param: 'model', message: `model ${JSON.stringify(model)} ${rules.model.rule}` };
  }
  if (endpoint === 'embeddings') {
    const max = rules.maxEmbeddingInputs;
    if (max !== undefined && Array.isArray(body.input) && body.input.length > max) {
      return {
        param: 'input',
        message: `input holds ${body.input.length} items; at most ${max} per request`,
      };
    }
    return undefined;
  }
  for (const [param, limit] of Object.entries(rules.limits ?? {})) {
    const value = body[param];
    if (typeof value !== 'number') continue;
    if (limit.min !== undefined && value < limit.min) {
      return { param, message: `${param} must be at least ${limit.min}; got ${value}` };
    }
    if (limit.max !== undefined && value > limit.max) {
      return { param, message: `${param} must be at most ${limit.max}; got ${value}` };
    }
  }
  return undefined;
}
