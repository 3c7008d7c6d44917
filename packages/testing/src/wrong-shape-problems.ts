import { wrongShapeVariants } from './wrong-shape-variants.js';

/** What a translation answered to one request: status, body text, and whether it sent it upstream. */
export interface WrongShapeAnswer {
  status: number;
  text: string;
  sent: boolean;
}

/**
 * Sends each of `wrongShapeVariants(body)` through `send` and lists, as `<path>: <what went wrong>`,
 * every answer that breaks the rule: no throw, no 5xx, and a request refused without being sent
 * upstream is a 400 in OpenAI's error shape whose `message` and `param` are strings. Empty when all is well.
 */
export async function wrongShapeProblems(
  body: unknown,
  send: (variant: unknown) => Promise<WrongShapeAnswer>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [field, variant] of wrongShapeVariants(body)) {
    const problem = await problemOf(() => send(variant));
    if (problem !== undefined) problems.push(`${field}: ${problem}`);
  }
  return problems;
}

async function problemOf(send: () => Promise<WrongShapeAnswer>): Promise<string | undefined> {
  let answer: WrongShapeAnswer;
  try {
    answer = await send();
  } catch (error) {
    return `threw ${(error as Error).stack ?? String(error)}`;
  }
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text}`;
  if (answer.sent) return undefined;
  if (answer.status !== 400) return `refused with ${answer.status}, not 400: ${answer.text}`;
  const error = errorOf(answer.text);
  if (typeof error?.message !== 'string' || typeof error.param !== 'string') {
    return `refused without naming the field: ${answer.text}`;
  }
  return undefined;
}

function errorOf(text: string): { message?: unknown; param?: unknown } | undefined {
  try {
    return (JSON.parse(text) as { error?: { message?: unknown; param?: unknown } }).error;
  } catch {
    return undefined;
  }
}
