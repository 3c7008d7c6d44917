import {
  applyNot,
  type BuiltinCheck,
  optionalBoolean,
  optionalNumber,
  optionalOneOf,
  requireString,
  requireStrings,
} from './builtin-check.js';

/** `default.regexMatch`: `rule` (a JavaScript regular expression source) matches the text. */
export const regexMatch: BuiltinCheck = {
  validate(parameters, path) {
    requireString(parameters, 'rule', path);
    try {
      new RegExp(parameters.rule as string);
    } catch (error) {
      throw new TypeError(`${path}.rule is not a valid regular expression: ${(error as Error).message}`);
    }
    optionalBoolean(parameters, 'not', path);
  },
  run(context, parameters) {
    const match = new RegExp(parameters.rule as string).exec(context.text);
    return {
      verdict: applyNot(parameters, match !== null),
      data: { matched: match !== null, matchedText: match?.[0] ?? null, index: match?.index ?? null },
    };
  },
};

/** `default.contains`: the text contains `any`, `all` or `none` of `words` (default `any`). */
export const contains: BuiltinCheck = {
  validate(parameters, path) {
    requireStrings(parameters, 'words', path);
    optionalOneOf(parameters, 'operator', ['any', 'all', 'none'], path);
  },
  run(context, parameters) {
    const words = parameters.words as string[];
    const found = words.filter((word) => context.text.includes(word));
    const operator = (parameters.operator as string | undefined) ?? 'any';
    const verdict =
      operator === 'all'
        ? found.length === words.length
        : operator === 'none'
          ? found.length === 0
          : found.length > 0;
    return { verdict, data: { operator, found, missing: words.filter((word) => !found.includes(word)) } };
  },
};

/** `default.endsWith`: the text (trimmed) ends with `suffix`. */
export const endsWith: BuiltinCheck = {
  validate(parameters, path) {
    requireString(parameters, 'suffix', path);
    optionalBoolean(parameters, 'not', path);
  },
  run(context, parameters) {
    const suffix = parameters.suffix as string;
    return { verdict: applyNot(parameters, context.text.trim().endsWith(suffix)), data: { suffix } };
  },
};

function countCheck(
  min: string,
  max: string,
  defaultMax: number,
  count: (text: string) => number,
): BuiltinCheck {
  return {
    validate(parameters, path) {
      optionalNumber(parameters, min, path);
      optionalNumber(parameters, max, path);
      optionalBoolean(parameters, 'not', path);
      const low = (parameters[min] as number | undefined) ?? 0;
      const high = (parameters[max] as number | undefined) ?? defaultMax;
      if (low > high) throw new TypeError(`${path}.${min} must not exceed ${max}; got ${low} > ${high}`);
    },
    run(context, parameters) {
      const value = count(context.text);
      const low = (parameters[min] as number | undefined) ?? 0;
      const high = (parameters[max] as number | undefined) ?? defaultMax;
      return {
        verdict: applyNot(parameters, value >= low && value <= high),
        data: { count: value, [min]: low, [max]: high },
      };
    },
  };
}

/** `default.wordCount`: `minWords` (default 0) <= words <= `maxWords` (default 99999). */
export const wordCount = countCheck(
  'minWords',
  'maxWords',
  99_999,
  (text) => text.split(/\s+/).filter(Boolean).length,
);

/** `default.sentenceCount`: `minSentences` (default 0) <= sentences <= `maxSentences` (default 99999). */
export const sentenceCount = countCheck(
  'minSentences',
  'maxSentences',
  99_999,
  (text) => text.split(/[.!?]+(?:\s+|$)/).filter((part) => part.trim() !== '').length,
);

/** `default.characterCount`: `minCharacters` (default 0) <= characters <= `maxCharacters` (default 9999999). */
export const characterCount = countCheck(
  'minCharacters',
  'maxCharacters',
  9_999_999,
  (text) => [...text].length,
);

function caseCheck(upper: boolean): BuiltinCheck {
  return {
    validate(parameters, path) {
      optionalBoolean(parameters, 'not', path);
    },
    run(context, parameters) {
      const letters = context.text.replace(/[^\p{L}]/gu, '');
      const matches = letters === (upper ? letters.toUpperCase() : letters.toLowerCase());
      return { verdict: applyNot(parameters, matches), data: { letters: letters.length } };
    },
  };
}

/** `default.alluppercase`: every letter is uppercase. */
export const allUppercase = caseCheck(true);

/** `default.alllowercase`: every letter is lowercase. */
export const allLowercase = caseCheck(false);
