/**
 * What a prompt asks about, reduced to the parts whose change changes the answer: its content
 * words (stemmed, in order), its numbers (with the unit that follows), its negations, its question
 * words, and what follows direction markers ("to", "from", "than", ...).
 */
export interface PromptTerms {
  /** Content words, stemmed and canonicalised, in reading order ("X's Y" reads as "Y of X"). */
  readonly words: readonly string[];
  /** Numbers in reading order, each with the unit that follows it (`"5 km"`). */
  readonly numbers: readonly string[];
  /** How many negations the prompt carries (`not`, `no`, `never`, `without`, `n't`, ...). */
  readonly negations: number;
  /** Question words, `which` read as `what` and `whom` as `who`. */
  readonly questionWords: ReadonlySet<string>;
  /** Marker → the words that follow it, e.g. `to` → `{eur}` for "convert USD to EUR". */
  readonly directions: ReadonlyMap<string, ReadonlySet<string>>;
  /** The prompt lowercased with punctuation and runs of spaces removed. */
  readonly normalized: string;
}

/**
 * Words that do not change what is asked: articles, pronouns, auxiliaries, and the phrasing of a
 * request ("tell me", "can you explain", "I want to know").
 */
const freeWords = new Set(
  (
    'a an the is are was were be been being am do does did doing have has had having ' +
    'i me my mine myself you your yours we our ours us they them their it its he she him her his ' +
    'this that these those there here of for on at by with about as and or if so up out ' +
    'can could would should shall will may might must please kindly ' +
    'tell explain describe give show list let know want need like help suggest recommend define ' +
    'definition mean meaning some any just really actually exactly possible okay ok each every ' +
    "also then get one's someone somebody something use"
  ).split(' '),
);

const negationWords = new Set([
  'not',
  'no',
  'never',
  'without',
  'none',
  'nothing',
  'nobody',
  'neither',
  'nor',
  'cannot',
]);

const questionWordCanon: Record<string, string> = {
  what: 'what',
  which: 'what',
  who: 'who',
  whom: 'who',
  whose: 'whose',
  where: 'where',
  when: 'when',
  why: 'why',
  how: 'how',
};

/**
 * Words whose following word says a direction or a target ("USD to EUR", "taller than K2"):
 * swapping what follows changes the answer. Counted only after a content word, so the "to" of
 * "need to pack" is not one.
 */
const directionMarkers = new Set(['to', 'into', 'from', 'than', 'in', 'vs', 'versus', 'per']);

const numberWords: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
  dozen: '12',
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
  tenth: '10',
  once: '1',
  twice: '2',
  single: '1',
  double: '2',
  triple: '3',
  half: '0.5',
};

/** Spellings of one thing mapped to one form (applied after stemming). */
const canonicalWords: Record<string, string> = {
  tyre: 'tire',
  colour: 'color',
  aeroplane: 'airplane',
  plane: 'airplane',
  kilometre: 'km',
  kilometer: 'km',
  kilogram: 'kg',
  kilo: 'kg',
  centimetre: 'cm',
  centimeter: 'cm',
  millimetre: 'mm',
  millimeter: 'mm',
  metre: 'meter',
  litre: 'liter',
  l: 'liter',
  ml: 'milliliter',
  millilitre: 'milliliter',
  lb: 'pound',
  lbs: 'pound',
  oz: 'ounce',
  ft: 'foot',
  feet: 'foot',
  mi: 'mile',
  hr: 'hour',
  hrs: 'hour',
  sec: 'second',
  secs: 'second',
  '°c': 'celsius',
  '°f': 'fahrenheit',
  centigrade: 'celsius',
  usa: 'usa',
  america: 'usa',
  tablespoon: 'tbsp',
  tbsp: 'tbsp',
  teaspoon: 'tsp',
  tsp: 'tsp',
  '%': 'percent',
  pct: 'percent',
  gb: 'gigabyte',
  mb: 'megabyte',
  kb: 'kilobyte',
};

/** Units that bind to a preceding number, so "5 km in miles" and "5 miles in km" differ. */
const units = new Set(
  (
    'km mile meter cm mm foot inch yard kg gram pound ounce ton liter milliliter gallon quart pint cup ' +
    'tbsp tsp degree celsius fahrenheit kelvin second minute hour day week month year decade century ' +
    'dollar euro yen pound rupee percent byte bit kilobyte megabyte gigabyte terabyte mph kph calorie ' +
    'word sentence paragraph page point'
  ).split(' '),
);

const irregular: Record<string, string> = {
  children: 'child',
  people: 'person',
  mice: 'mouse',
  men: 'man',
  women: 'woman',
  teeth: 'tooth',
  geese: 'goose',
  leaves: 'leaf',
  knives: 'knife',
  lives: 'life',
  wives: 'wife',
  halves: 'half',
  potatoes: 'potato',
  tomatoes: 'tomato',
  heroes: 'hero',
  analyses: 'analysis',
  criteria: 'criterion',
  data: 'data',
  news: 'news',
  series: 'series',
  species: 'species',
  dies: 'die',
  lies: 'lie',
  ties: 'tie',
  pies: 'pie',
  inches: 'inch',
  spoken: 'speak',
  written: 'write',
  wrote: 'write',
  built: 'build',
  made: 'make',
  taken: 'take',
  given: 'give',
  known: 'know',
  chosen: 'choose',
  eaten: 'eat',
  drawn: 'draw',
  driven: 'drive',
  sold: 'sell',
  bought: 'buy',
  taught: 'teach',
  summary: 'summarize',
  summarise: 'summarize',
  using: 'use',
  used: 'use',
};

/**
 * A light suffix stripper: plurals, `-ing`, `-ed`. It needs only to map both sides of a paraphrase
 * to the same form; over-stemming is harmless as long as it is consistent.
 */
export function stem(word: string): string {
  const known = irregular[word];
  if (known) return known;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Applied to content words after units are recognised: "freeze" and "freezing" both become "freez". */
function withoutFinalE(word: string): string {
  return word.length > 3 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) && !/(ll|ss|zz)$/.test(word) ? word.slice(0, -1) : word;
}

const tokenPattern = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[°][cf]|%|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

interface Token {
  text: string;
  upper: boolean;
  possessive: boolean;
  negated: boolean;
}

function tokenize(prompt: string): Token[] {
  const text = prompt
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\bunited states\b/gi, 'USA')
    .replace(/\bper cent\b/gi, 'percent');
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const upper = raw.length > 1 && raw === raw.toUpperCase() && /[A-Z]/.test(raw);
    let word = raw.toLowerCase();
    let possessive = false;
    let negated = false;
    if (word.endsWith("n't")) {
      negated = true;
      word = word === "won't" ? 'will' : word === "can't" ? 'can' : word.slice(0, -3);
    } else if (word.endsWith("'s")) {
      word = word.slice(0, -2);
      possessive = !['what', 'who', 'where', 'when', 'how', 'it', 'that', 'there', 'here', 'let'].includes(
        word,
      );
    } else if (/'(re|ll|ve|d|m)$/.test(word)) {
      word = word.slice(0, word.lastIndexOf("'"));
    } else if (word.endsWith("'")) {
      word = word.slice(0, -1);
    }
    tokens.push({ text: word, upper, possessive, negated });
    if (negated) tokens.push({ text: 'not', upper: false, possessive: false, negated: false });
  }
  return tokens;
}

/** Breaks `prompt` into the terms `promptsAgree` compares. */
export function promptTerms(prompt: string): PromptTerms {
  const tokens = tokenize(prompt);
  const words: { word: string; possessive: boolean }[] = [];
  const numbers: string[] = [];
  const questionWords = new Set<string>();
  const directions = new Map<string, Set<string>>();
  let negations = 0;
  let pendingMarker: string | undefined;
  let afterContent = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const word = token.text;
    if (negationWords.has(word)) {
      negations++;
      afterContent = false;
      continue;
    }
    const question = questionWordCanon[word];
    if (question) {
      questionWords.add(question);
      afterContent = false;
      continue;
    }
    if (directionMarkers.has(word)) {
      if (afterContent) pendingMarker = word === 'into' ? 'to' : word === 'versus' ? 'vs' : word;
      afterContent = false;
      continue;
    }
    const number = numberValue(word);
    let term: string | undefined;
    if (number !== undefined) {
      const next = tokens[index + 1];
      const unit = next ? canonical(next) : undefined;
      if (unit !== undefined && units.has(unit)) {
        numbers.push(`${number} ${unit}`);
        index++;
      } else {
        numbers.push(number);
      }
      term = number;
    } else if (token.upper && word === 'us') {
      term = 'usa';
    } else if (!freeWords.has(word)) {
      term = withoutFinalE(canonical(token, tokens[index + 1]));
      // "capital city" says no more than "capital".
      if (term === 'city' && words.at(-1)?.word === 'capital') continue;
    }
    afterContent = term !== undefined;
    if (term === undefined) continue;
    if (number === undefined) words.push({ word: term, possessive: token.possessive });
    if (pendingMarker !== undefined) {
      let following = directions.get(pendingMarker);
      if (!following) {
        following = new Set();
        directions.set(pendingMarker, following);
      }
      following.add(term);
      pendingMarker = undefined;
    }
  }
  return {
    words: possessivesAsOf(words),
    numbers,
    negations,
    questionWords,
    directions,
    normalized: tokens.map((token) => token.text).join(' '),
  };
}

function canonical(token: Token, next?: Token): string {
  // "the inventor of" asks what "who invented" asks.
  const word = next?.text === 'of' ? token.text.replace(/(?<=[a-z]{4})(er|or)$/, '') : token.text;
  const stemmed = stem(word);
  return canonicalWords[stemmed] ?? canonicalWords[token.text] ?? stemmed;
}

function numberValue(word: string): string | undefined {
  if (/^\d/.test(word)) return word.replace(/(st|nd|rd|th)$/, '').replace(/,(?=\d{3}\b)/g, '');
  return numberWords[word];
}

/** "France's capital" reads as "capital of France", so both orders compare equal. */
function possessivesAsOf(words: { word: string; possessive: boolean }[]): string[] {
  const result = words.map((entry) => entry.word);
  for (let index = 0; index < words.length - 1; index++) {
    if ((words[index] as { possessive: boolean }).possessive) {
      const owner = result[index] as string;
      result[index] = result[index + 1] as string;
      result[index + 1] = owner;
      index++;
    }
  }
  return result;
}
