import { lookup } from 'node:dns/promises';
import { applyNot, type BuiltinCheck, optionalBoolean, optionalNumber } from './builtin-check.js';

const urlPattern = /\bhttps?:\/\/[^\s"'<>()[\]{},]+/g;

/**
 * `default.validUrls`: every http(s) URL in the text is reachable: a `HEAD` request answers below 400
 * within `timeout` ms (default 3000), or with `onlyDNS: true`, its host name resolves. No URL passes.
 */
export const validUrls: BuiltinCheck = {
  validate(parameters, path) {
    optionalBoolean(parameters, 'onlyDNS', path);
    optionalBoolean(parameters, 'not', path);
    optionalNumber(parameters, 'timeout', path);
  },
  async run(context, parameters) {
    const urls = [...new Set(context.text.match(urlPattern) ?? [])].map((url) =>
      url.replace(/[.:;!?]+$/, ''),
    );
    const timeout = (parameters.timeout as number | undefined) ?? 3000;
    const checks = await Promise.all(
      urls.map(async (url) => ({
        url,
        valid:
          parameters.onlyDNS === true ? await resolves(url) : await answers(url, timeout, context.signal),
      })),
    );
    const invalid = checks.filter((check) => !check.valid).map((check) => check.url);
    return { verdict: applyNot(parameters, invalid.length === 0), data: { urls, invalid } };
  },
};

async function resolves(url: string): Promise<boolean> {
  try {
    await lookup(new URL(url).hostname);
    return true;
  } catch {
    return false;
  }
}

async function answers(url: string, timeout: number, signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeout)]),
    });
    await response.body?.cancel();
    return response.status < 400;
  } catch {
    return false;
  }
}
