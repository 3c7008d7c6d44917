import { keepsQuestion } from './added-words.js';
import { agentRoot, contentTerm, type PromptTerms, unitTerms } from './prompt-terms.js';
import { wordnet } from './wordnet.js';

/**
 * Words that say how a question is put, not what it is about: two prompts may differ in these
 * ("Why is the sky blue?" / "Why does the sky look blue?", "What is the best way to store herbs?" /
 * "How should I store herbs?", "Where is the Louvre located?" / "Where is the Louvre?") when their
 * embeddings agree closely too. No entity, number, negation, comparative or direction word is among them.
 */
const softTerms = new Set(
  (
    'way method manner good best some option work happen feel look seem appear job function role ' +
    'purpose world exact exactly usually typically generally basically actually really simply properly ' +
    'correctly person thing current currently today now nowadays average typical usual normal ' +
    'approximately roughly ever still name true wonder curious locate situate body say verb money homemade'
  )
    .split(' ')
    .map(contentTerm),
);

/** A `what`/`how` question may ask what a specific question word asks when it names the cue. */
const questionCues: Record<string, ReadonlySet<string>> = {
  when: new Set(['time', 'year', 'date', 'day', 'month', 'century', 'decade', 'period'].map(contentTerm)),
  where: new Set(['place', 'location', 'country', 'city', 'town', 'region', 'area'].map(contentTerm)),
  // Words for who acts ("Which team won …" asks "Who won …"), and WordNet's nouns for kinds of people
  // with them (`cuesOf`); not "country", whose answer may be a person's country ("Which country won
  // the Tour de France?").
  who: new Set(
    [
      'person',
      'name',
      'team',
      'player',
      'athlete',
      'actor',
      'actress',
      'director',
      'band',
      'artist',
      'musician',
      'scientist',
      'company',
    ].map(contentTerm),
  ),
  why: new Set(['reason', 'cause', 'purpose'].map(contentTerm)),
};

const openQuestionWords = new Set(['what', 'how']);

const symmetricTerms = new Set(['distance', 'difference'].map(contentTerm));

/** Cosine at or above which two prompts may differ in the words of `softTerms` (the embedding is trusted more). */
export const relaxedSimilarity = 0.75;

/**
 * Why two prompts were judged to ask different things, or `undefined` when they agree. Cosine
 * similarity of sentence embeddings rates "capital of France" and "capital of Germany" closer than a
 * true paraphrase, so a hit also needs the prompts to agree on everything that changes the answer.
 * `similarity` (the two prompts' cosine) lets them differ in how the question is put — soft words,
 * `what` for `how` — when it is at least `relaxedSimilarity`; without it they must agree word for word.
 */
export function disagreement(a: PromptTerms, b: PromptTerms, similarity = 0): string | undefined {
  if (a.negations !== b.negations) return 'negation';
  // Past and present are often one question ("Who was …"/"Who is …"); past and future never are.
  if (a.tense !== b.tense && a.tense !== undefined && b.tense !== undefined) return 'tense';
  if (!sameSequence(a.numbers, b.numbers)) return 'numbers';
  const relaxed = similarity >= relaxedSimilarity;
  const cues = questionWordCues(a, b, relaxed);
  if (cues === undefined) return 'question word';
  // A word written twice in one prompt and once in the other ("rice … rice cooker" / "quinoa … rice
  // cooker") is a word the first has more of.
  const countsA = counted(a.words);
  const countsB = counted(b.words);
  const onlyA = [...countsA.keys()].filter((word) => (countsA.get(word) ?? 0) > (countsB.get(word) ?? 0));
  const onlyB = [...countsB.keys()].filter((word) => (countsB.get(word) ?? 0) > (countsA.get(word) ?? 0));
  let differing = [...onlyA, ...onlyB];
  // b's words with each synonym of a word of a put as that word ("begin" read as "start").
  let asInA = new Map<string, string>();
  if (differing.length > 0) {
    if (!relaxed) return 'content words';
    const synonyms = synonymPairs(onlyA, onlyB);
    if (synonyms.size > 0) {
      differing = differing.filter((word) => !synonyms.has(word) && ![...synonyms.values()].includes(word));
      asInA = new Map([...synonyms].map(([wordA, wordB]) => [wordB, wordA]));
    }
    // Beyond synonyms and the words a question word names, one prompt is the other with a few words
    // of phrasing added, or one word that leaves the question as it was; never one word put for another.
    // "gall bladder" is "gallbladder".
    const joined = new Set([...joinedWords(a.words, onlyB), ...joinedWords(b.words, onlyA)]);
    const phrasing = differing.filter((word) => !cues.has(word) && !joined.has(word));
    const addedToA = phrasing.filter((word) => onlyA.includes(word));
    const addedToB = phrasing.filter((word) => onlyB.includes(word));
    if (addedToA.length > 0 && addedToB.length > 0) return 'content words';
    const [longer, shorter, added] = addedToA.length > 0 ? [a, b, addedToA] : [b, a, addedToB];
    const content = added.filter((word) => !softTerms.has(word));
    if (
      content.length > 0 &&
      (cues.size > 0 || !askedAlike(a, b) || !keepsQuestion(content, longer, shorter, similarity))
    )
      return 'content words';
  }
  const kept = (words: readonly string[]) => dedupe(words.filter((word) => !differing.includes(word)));
  const wordsA = kept(a.words);
  const wordsB = kept(b.words.map((word) => asInA.get(word) ?? word));
  if (wordsA.length === 0 && a.numbers.length === 0 && a.normalized !== b.normalized)
    return 'no content words';
  // Distance and difference are symmetric: "how far is A from B" asks "the distance from B to A".
  const symmetric = [...wordsA, ...wordsB].some((word) => symmetricTerms.has(word));
  for (const [marker, following] of symmetric ? [] : a.directions) {
    const other = b.directions.get(marker);
    if (other && !sameSet(following, new Set([...other].map((word) => asInA.get(word) ?? word))))
      return `words after "${marker}"`;
  }
  if (
    a.endsWithPreposition !== b.endsWithPreposition ||
    ((a.questionWords.has('who') || b.questionWords.has('who')) && a.whoIsObject !== b.whoIsObject) ||
    !isBlockSwap(wordsA, wordsB)
  )
    return 'word order';
  return undefined;
}

/** Each content term's synonym groups (WordNet's one-word synonyms); none for a unit. */
function groupsOf(word: string): readonly number[] {
  if (unitTerms.has(word)) return [];
  return wordnet().synonymGroups.get(word) ?? [];
}

/**
 * Words of `onlyA` paired with a synonym among `onlyB` (each word paired once): a's word → b's word.
 * An agent noun pairs with its verb too ("the minister" / "the minister of", "X's inventor" / "who
 * invented X"), as `promptTerms` reads it before "of".
 */
function synonymPairs(onlyA: readonly string[], onlyB: readonly string[]): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  const rootsB = onlyB.map(agentRoot);
  for (const wordA of onlyA) {
    const groupsA = groupsOf(wordA);
    const rootA = agentRoot(wordA);
    const match = onlyB.find(
      (wordB, index) =>
        !taken.has(wordB) &&
        (rootA === wordB ||
          rootsB[index] === wordA ||
          groupsOf(wordB).some((group) => groupsA.includes(group))),
    );
    if (match === undefined) continue;
    pairs.set(wordA, match);
    taken.add(match);
  }
  return pairs;
}

/**
 * The words the two prompts may differ in because of how their question words differ (an empty set
 * when they do not), or `undefined` when the question words ask different things: `who`, `when`,
 * `where`, `why` and `whose` each ask their own, `what` and `how` ask what their words say
 * ("how fast" is rewritten "what speed"), and `what … time` asks what `when` asks.
 */
function questionWordCues(a: PromptTerms, b: PromptTerms, relaxed: boolean): ReadonlySet<string> | undefined {
  const none = new Set<string>();
  if (askedAlike(a, b)) return none;
  if (!relaxed) return undefined;
  const specificA = [...a.questionWords].filter((word) => !openQuestionWords.has(word));
  const specificB = [...b.questionWords].filter((word) => !openQuestionWords.has(word));
  if (sameSet(new Set(specificA), new Set(specificB))) return none;
  if (specificA.length + specificB.length !== 1) return undefined;
  const [specific, open] = specificA.length === 1 ? [specificA[0] as string, b] : [specificB[0] as string, a];
  const cues = cuesOf(specific);
  if (open.questionWords.size === 0 || cues === undefined || !open.words.some((word) => cues.has(word)))
    return undefined;
  return cues;
}

/** Both ask with the same question words, or one asks with none ("Is coffee bad for you?"). */
function askedAlike(a: PromptTerms, b: PromptTerms): boolean {
  return (
    a.questionWords.size === 0 || b.questionWords.size === 0 || sameSet(a.questionWords, b.questionWords)
  );
}

let whoCues: ReadonlySet<string> | undefined;

/** The words an open question names a specific question word by; for `who`, with WordNet's nouns for people. */
function cuesOf(questionWord: string): ReadonlySet<string> | undefined {
  if (questionWord !== 'who') return questionCues[questionWord];
  whoCues ??= new Set([...(questionCues.who as ReadonlySet<string>), ...wordnet().persons]);
  return whoCues;
}

function sameSequence(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

/** The words of `words` that, with their neighbour, make one of `others` written as one ("gall bladder"), and that word. */
function joinedWords(words: readonly string[], others: readonly string[]): string[] {
  const found: string[] = [];
  for (let index = 0; index < words.length - 1; index++) {
    const first = words[index] as string;
    const second = words[index + 1] as string;
    const whole = others.find((other) => other === first + second);
    if (whole !== undefined) found.push(first, second, whole);
  }
  return found;
}

function counted(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
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
