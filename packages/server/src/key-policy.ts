import { isConfigId } from '@switchyard/config';
import { errorResponse, readJsonBody } from '@switchyard/core';
import type { ResolvedGatewayKey } from './gateway-keys.js';
import type { GatewayHeaders } from './request-headers.js';

/**
 * A 403 when the key may not use what the request names, else `undefined`. A key with `configs`
 * may use those config ids, or the gateway's default config; a config or a target of the
 * client's own (JSON in `x-portkey-config`, `x-portkey-provider`, a virtual key, host settings)
 * would step around the list, so it is refused too.
 */
export function configRefusal(key: ResolvedGatewayKey, headers: GatewayHeaders): Response | undefined {
  const allowed = key.configs;
  if (allowed === undefined) return undefined;
  const config = headers.config;
  if (config !== undefined) {
    if (isConfigId(config) && allowed.includes(config)) return undefined;
    const what = isConfigId(config) ? `config "${config}"` : 'a config of its own';
    return forbidden(
      `The gateway key "${key.name}" may not use ${what}; it may use ${list(allowed)}`,
      'config_not_allowed',
    );
  }
  const ownTarget =
    headers.provider !== undefined ||
    headers.virtualKey !== undefined ||
    Object.keys(headers.settings).length > 0;
  if (!ownTarget) return undefined;
  return forbidden(
    `The gateway key "${key.name}" may not choose its own target; it may use ${list(allowed)}`,
    'config_not_allowed',
  );
}

/** A 403 when the request's JSON body names a model the key may not use, else `undefined`. */
export async function modelRefusal(key: ResolvedGatewayKey, request: Request): Promise<Response | undefined> {
  const allowed = key.models;
  if (allowed === undefined || request.method !== 'POST') return undefined;
  if (!request.headers.get('content-type')?.includes('json')) return undefined;
  let model: unknown;
  try {
    model = (await readJsonBody<{ model?: unknown }>(request))?.model;
  } catch {
    // A body that is not JSON is the pipeline's to refuse, with its own message.
    return undefined;
  }
  if (typeof model !== 'string' || allowed.includes(model)) return undefined;
  return forbidden(
    `The gateway key "${key.name}" may not use the model "${model}"; it may use ${list(allowed)}`,
    'model_not_allowed',
    'model',
  );
}

function forbidden(message: string, code: string, param?: string): Response {
  return errorResponse(403, message, { type: 'permission_denied', code, ...(param ? { param } : {}) });
}

function list(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
