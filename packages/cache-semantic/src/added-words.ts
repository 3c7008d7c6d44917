import { type PromptTerms, unitTerms } from './prompt-terms.js';
import { wordnet } from './wordnet.js';

/**
 * Cosine at or above which a prompt may be another with one content word added ("What are the
 * benefits of green tea?" / "What are the health benefits of green tea?"): the embedding has barely
 * moved, and the word is placed where it does not narrow what is asked.
 */
export const additionSimilarity = 0.85;

/** How many content words one prompt may add to another and still ask the same. */
const maxAddedWords = 1;

/**
 * True when `longer` asks what `shorter` asks though it has the content words `added` more (the two
 * asked alike: `disagreement` compares their question words). The word must not narrow the question:
 * not a describing word ("raw chicken"), a unit, a name or part of one ("Mexico City"), half of a
 * two-word name ("bow tie", "leap year"), the last word of a preposition's object ("in the Knight
 * Rider remake"); if not a verb, not the head after another word ("car engine"), the thing asked
 * about before "of" ("the steps of mitosis"), the kind of answer after a question word ("what
 * color"), or the object of a preposition ("the centre of India"). And it must not stand for a verb
 * that the shorter prompt reads as phrasing ("get a passport" / "renew a passport", "like" /
 * "dislike").
 */
export function keepsQuestion(
  added: readonly string[],
  longer: PromptTerms,
  shorter: PromptTerms,
  similarity: number,
): boolean {
  if (added.length > maxAddedWords || similarity < additionSimilarity) return false;
  for (const verb of shorter.phrasingVerbs) if (!longer.phrasingVerbs.has(verb)) return false;
  const { describing, verbs, compounds } = wordnet();
  for (const word of added) {
    const placement = longer.placements.get(word);
    if (
      placement === undefined ||
      describing.has(word) ||
      unitTerms.has(word) ||
      placement.capitalized ||
      (placement.next !== undefined && compounds.has(`${word} ${placement.next}`))
    )
      return false;
    // Closing the object of a preposition, a word names a new thing even if it may be a verb ("in the
    // Knight Rider remake").
    if (placement.endsPrepositionalPhrase) return false;
    // A verb follows its subject ("What symptoms does the flu cause?"); a noun there is a new thing.
    if (
      !verbs.has(word) &&
      (placement.previous !== undefined ||
        placement.beforeOf ||
        placement.afterQuestionWord ||
        placement.afterPreposition)
    )
      return false;
  }
  return true;
}
