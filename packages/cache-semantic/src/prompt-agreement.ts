import type { PromptTerms } from './prompt-terms.js';

/**
 * Why two prompts were judged to ask different things, or `undefined` when they agree. Cosine
 * similarity of sentence embeddings rates "capital of France" and "capital of Germany" closer than a
 * true paraphrase, so a hit also needs the prompts to agree on everything that changes the answer.
 */
export function disagreement(a: PromptTerms, b: PromptTerms): string | undefined {
  if (a.negations !== b.negations) return 'negation';
  if (!sameSequence(a.numbers, b.numbers)) return 'numbers';
  if (a.questionWords.size > 0 && b.questionWords.size > 0 && !sameSet(a.questionWords, b.questionWords)) {
    return 'question word';
  }
  if (!sameSet(new Set(a.words), new Set(b.words))) return 'content words';
  if (a.words.length === 0 && a.numbers.length === 0 && a.normalized !== b.normalized)
    return 'no content words';
  for (const [marker, following] of a.directions) {
    const other = b.directions.get(marker);
    if (other && !sameSet(following, other)) return `words after "${marker}"`;
  }
  if (!isBlockSwap(dedupe(a.words), dedupe(b.words))) return 'word order';
  return undefined;
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function dedupe(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/**
 * True when `b` is `a` with at most one pair of adjacent blocks exchanged ("raw chicken | safe to
 * eat" → "safe to eat | raw chicken"), which is how paraphrases reorder. Exchanging words around a
 * fixed one ("dog chases cat" → "cat chases dog") is not such a swap, and changes who does what.
 */
function isBlockSwap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  if (start === a.length) return true;
  let end = a.length - 1;
  while (a[end] === b[end]) end--;
  const middleA = a.slice(start, end + 1);
  const middleB = b.slice(start, end + 1);
  for (let split = 1; split < middleA.length; split++) {
    const rotated = [...middleA.slice(split), ...middleA.slice(0, split)];
    if (sameSequence(rotated, middleB)) return true;
  }
  return false;
}
