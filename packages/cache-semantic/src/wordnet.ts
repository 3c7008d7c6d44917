import { wordnetSynonyms } from './wordnet-synonyms.js';
import { compoundNames, describingWords, personNouns, verbs } from './wordnet-words.js';

/** The generated WordNet tables, read into sets and maps. */
export interface WordNet {
  /** Each content term's synonym groups: the lines of `wordnetSynonyms` it is on. */
  readonly synonymGroups: ReadonlyMap<string, readonly number[]>;
  /** Adjectives and adverbs that describe ("large", "raw", "last"). */
  readonly describing: ReadonlySet<string>;
  /** Words mostly used as verbs. */
  readonly verbs: ReadonlySet<string>;
  /** Nouns mostly used for a kind of person ("explorer", "cyclist"). */
  readonly persons: ReadonlySet<string>;
  /** Two-word names of one thing, as "first second" ("bow tie"). */
  readonly compounds: ReadonlySet<string>;
}

let tables: WordNet | undefined;

/**
 * The WordNet tables, read on first use rather than at import: splitting them takes tens of
 * milliseconds, once, and only a prompt pair that differs in a word needs them.
 */
export function wordnet(): WordNet {
  if (tables) return tables;
  const synonymGroups = new Map<string, number[]>();
  for (const [index, line] of wordnetSynonyms.trim().split('\n').entries()) {
    for (const term of line.split(' ')) {
      const groups = synonymGroups.get(term);
      if (!groups) synonymGroups.set(term, [index]);
      else if (groups.at(-1) !== index) groups.push(index);
    }
  }
  tables = {
    synonymGroups,
    describing: new Set(describingWords.trim().split(' ')),
    verbs: new Set(verbs.trim().split(' ')),
    persons: new Set(personNouns.trim().split(' ')),
    compounds: new Set(compoundNames.trim().split('\n')),
  };
  return tables;
}
