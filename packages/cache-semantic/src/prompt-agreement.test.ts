import { describe, expect, it } from 'vitest';
import { disagreement } from './prompt-agreement.js';
import { promptTerms, stem } from './prompt-terms.js';

const judge = (a: string, b: string) => disagreement(promptTerms(a), promptTerms(b));

describe('disagreement', () => {
  it('lets paraphrases through: request phrasing, possessives, contractions, plurals, reordered blocks', () => {
    expect(judge('What is the capital of France?', "Tell me France's capital")).toBeUndefined();
    expect(judge('How many legs does a spider have?', 'How many legs do spiders have?')).toBeUndefined();
    expect(judge('Is raw chicken safe to eat?', 'Is it safe to eat raw chicken?')).toBeUndefined();
    expect(judge('Who invented the telephone?', 'Who was the inventor of the telephone?')).toBeUndefined();
    expect(
      judge('What is the tallest mountain in the world?', 'Which mountain is the tallest in the world?'),
    ).toBeUndefined();
  });

  it('rejects a different named entity or common noun', () => {
    expect(judge('What is the capital of France?', 'What is the capital of Germany?')).toBe('content words');
    expect(judge('Is raw chicken safe to eat?', 'Is raw salmon safe to eat?')).toBe('content words');
  });

  it('rejects different numbers, numbers in another order, and a number bound to another unit', () => {
    expect(judge('What is 15 percent of 80?', 'What is 20 percent of 80?')).toBe('numbers');
    expect(judge('What is 5 minus 3?', 'What is 3 minus 5?')).toBe('numbers');
    expect(judge('What is 5 kg in pounds?', 'What is 5 pounds in kg?')).toBe('numbers');
    expect(judge('What is the first amendment?', 'What is the second amendment?')).toBe('numbers');
  });

  it('rejects a negation, including contractions and "without"', () => {
    expect(judge('Why is the sky blue?', "Why isn't the sky blue?")).toBe('negation');
    expect(judge('How do I make bread with yeast?', 'How do I make bread without yeast?')).toBe('negation');
  });

  it('rejects a comparison, unit, language or format change', () => {
    expect(judge('Is 5 greater than 3?', 'Is 5 less than 3?')).toBe('content words');
    expect(judge('How many feet are in a mile?', 'How many meters are in a mile?')).toBe('content words');
    expect(judge('Translate "cat" to Spanish', 'Translate "cat" to Italian')).toBe('content words');
    expect(judge('Return the answer as YAML', 'Return the answer as JSON')).toBe('content words');
  });

  it('rejects swapped direction and swapped roles', () => {
    expect(judge('Convert USD to EUR', 'Convert EUR to USD')).toBe('words after "to"');
    expect(judge('Does the dog chase the cat?', 'Does the cat chase the dog?')).toBe('word order');
  });

  it('rejects another question word on the same words', () => {
    expect(judge('Where was Mozart born?', 'When was Mozart born?')).toBe('question word');
  });

  it('compares prompts without content words by their exact text', () => {
    expect(judge('Explain it', 'Explain it!')).toBeUndefined();
    expect(judge('Explain it', 'Describe it')).toBe('no content words');
  });
});

describe('stem', () => {
  it('maps inflections of one word to one form', () => {
    expect(stem('spiders')).toBe(stem('spider'));
    expect(stem('boiling')).toBe('boil');
    expect(stem('countries')).toBe('country');
    expect(stem('people')).toBe('person');
  });
});
