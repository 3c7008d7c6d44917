import { americanSpelling } from './american-spelling.js';

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
  /**
   * `future` when the prompt says "will" (not the request "will you"), else `past` for "did", "was",
   * "were", else `undefined`: "Will it rain?" is not "Did it rain?".
   */
  readonly tense: 'past' | 'future' | undefined;
  /** Question words, `which` read as `what` and `whom` as `who`. */
  readonly questionWords: ReadonlySet<string>;
  /** Marker → the words that follow it, e.g. `to` → `{eur}` for "convert USD to EUR". */
  readonly directions: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * True when the prompt ends on a preposition ("Who was Plato a teacher of?"): the roles of its
   * words are reversed from the usual order ("Who was the teacher of Plato?").
   */
  readonly endsWithPreposition: boolean;
  /**
   * True when the one asked about is the object of the verb ("Who did Brazil beat?", "Which team did
   * Brazil beat?"), not its subject ("Who beat Brazil?", "Which team beat Brazil?").
   */
  readonly whoIsObject: boolean;
  /** The prompt lowercased with punctuation and runs of spaces removed. */
  readonly normalized: string;
  /** Where each content word stands (its first occurrence): what an added word may change depends on it. */
  readonly placements: ReadonlyMap<string, WordPlacement>;
  /**
   * Verbs read as phrasing (`get`, `have`, `like`, `need`, ...) or put into a question form ("how
   * long does X last"), as lemmas: a word added to the other prompt may stand for one of them
   * ("get a passport" / "renew a passport").
   */
  readonly phrasingVerbs: ReadonlySet<string>;
}

/** The neighbours of a content word in its prompt, which say whether adding it narrows what is asked. */
export interface WordPlacement {
  /** The content term or number right before it ("car" in "car engine", "11" in "Windows 11 PC"), if any. */
  readonly previous: string | undefined;
  /** The content term or number right after it ("tie" in "bow tie"), if any. */
  readonly next: string | undefined;
  /** Written with a capital inside the prompt, or in capitals: a name, or part of one. */
  readonly capitalized: boolean;
  /** Followed by "of" ("the steps of mitosis"): it names what is asked about. */
  readonly beforeOf: boolean;
  /** Right after a question word ("what color", "which country"): it says what kind of answer is wanted. */
  readonly afterQuestionWord: boolean;
  /** The object of a preposition ("the centre of india", "in the wild"): a place, a thing, a whole. */
  readonly afterPreposition: boolean;
  /**
   * Last of several words that follow a preposition ("in the Knight Rider remake"): the head of the
   * preposition's object, whatever else the word may be.
   */
  readonly endsPrepositionalPhrase: boolean;
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
    'tell explain describe give show let know want need like help suggest recommend define ' +
    'definition mean meaning some any just really actually exactly possible okay ok each every ' +
    "also then get one's someone somebody something use between all through via whenever"
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

/** "by" is left out: "Who was Hamlet written by?" asks "Who wrote Hamlet?". */
const strandedPrepositions = new Set(['of', 'to', 'from', 'with', 'about', 'at', 'on']);

const doForms = new Set(['do', 'does', 'did']);

/** Question words that may join a clause instead of asking ("when", "where", "which", "why", "how"). */
const relativeWords = new Set(['when', 'where', 'which', 'why', 'how', 'whom', 'who']);

const pastAuxiliaries = new Set(['did', 'was', 'were']);

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
  // Agent nouns read as their verb ("the author of" asks "who wrote"), and verbs of one act as one
  // ("composed" a piece is "wrote" it, "create" is "make"); strict synonyms come from WordNet
  // (prompt-agreement.ts), these are what it lacks: comparative forms, and "required" and
  // "necessary" read as the request phrasing "need".
  author: 'write',
  writer: 'write',
  composer: 'write',
  compose: 'write',
  founder: 'found',
  creator: 'make',
  create: 'make',
  necessary: 'need',
  builder: 'build',
  discoverer: 'discover',
  different: 'differ',
  difference: 'differ',
  quick: 'fast',
  quickest: 'fastest',
  largest: 'biggest',
  require: 'need',
  // One thing under several everyday names: "the signs of a stroke" are its symptoms, "the average
  // salary" is the typical one, a song's performer is its singer, "frequently" is "often".
  symptom: 'sign',
  average: 'normal',
  typical: 'normal',
  usual: 'normal',
  perform: 'sing',
  performer: 'sing',
  singer: 'sing',
  price: 'cost',
  weigh: 'weight',
  frequently: 'often',
  born: 'birth',
  recipe: 'make',
  female: 'woman',
  male: 'man',
  area: 'size',
  high: 'tall',
  higher: 'taller',
  highest: 'tallest',
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
  sang: 'sing',
  sung: 'sing',
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
  if (word.endsWith('ely') && word.length > 5) return word.slice(0, -2);
  // An adverb asks what its adjective asks: "legally" is "legal", "typically" is "typical".
  if (word.endsWith('ally') && word.length > 6) return word.slice(0, -2);
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

/** Numbers, degrees, per cent, names of languages written with signs ("C++", "C#"), and words. */
const tokenPattern =
  /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[°][cf]|%|\b\p{L}(?:\+\+|#)|[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

interface Token {
  text: string;
  upper: boolean;
  /** Starts with a capital letter and is not the first word of a sentence, or is in capitals. */
  capitalized: boolean;
  possessive: boolean;
  negated: boolean;
}

/**
 * Phrasings of one question, rewritten to one form before the words are compared: names with
 * several spellings, question forms that put the asked quantity in the question word or the verb
 * ("how fast is X" asks "what is the speed of X", "how much does X weigh" asks "the weight of X",
 * "in what year" asks "when"), and phrasal verbs of one meaning ("get rid of" is "remove"). A
 * rewrite runs only when the prompt has one of its words, so most prompts skip most rewrites.
 */
const rewrites: { words: readonly string[]; pattern: RegExp; replacement: string }[] = (
  [
    // A greeting before the question, thanks after it.
    [
      'hi hey hello',
      /^\s*(?:hi|hey|hello)(?: there)?(?:\s*[,!.]+\s*|\s+(?=(?:what|who|where|when|why|how|which|can|could|is|are|do|does)\b))/i,
      '',
    ],
    // "List the planets" asks to be told them; "sort a list" is about a list.
    ['list', /^(\s*(?:please\s+|(?:can|could|would) you\s+)?)list\b/i, '$1tell'],
    ['thanks thank', /(?<=[.?!,])\s*(?:thanks|thank you)(?: in advance| so much)?[\s.!]*$/i, ''],
    ['united u', /\bunited states( of america)?\b|\bu\.s\.a?\.?(?=\s|$)/gi, 'USA'],
    // Typed in lower case, "the us" is the country, never the pronoun.
    ['us', /\bthe us\b/gi, 'the USA'],
    ['kingdom britain', /\b(united kingdom|great britain|britain)\b/gi, 'UK'],
    ['war ww wwii ww2', /\b(world war (ii|2|two)|second world war|ww ?(ii|2))\b/gi, 'worldwartwo'],
    ['war ww wwi ww1', /\b(world war (i|1|one)|first world war|ww ?(i|1)|great war)\b/gi, 'worldwarone'],
    ['nations', /\b(united nations)\b/gi, 'UN'],
    ['union', /\b(european union)\b/gi, 'EU'],
    ['cent', /\bper cent\b/gi, 'percent'],
    ['olympic', /\bolympic games\b/gi, 'Olympics'],
    ['earth', /\bon (?:the )?earth\b/gi, 'in the world'],
    ['time history', /\b(?:of all time|in (?:human |recorded )?history)\b/gi, 'ever'],
    ['own', /\b(my|your|our|their) own\b/gi, '$1'],
    ['going', /\b(?:is|are|am) (it|we|you|they|i|he|she) going to\b/gi, 'will $1'],
    ['number', /\bwhat(?: is|'s) the (?:total )?number of\b/gi, 'how many'],
    ['border', /\b(?:share|shares) a border with\b/gi, 'border'],
    [
      'travel move go',
      /\bhow (?:fast|quickly) (?:do|does|did|can) (.+?) (?:travel|move|go)\b/gi,
      'what is the speed of $1',
    ],
    ['fast quickly', /\bhow (fast|quickly)\b/gi, 'what speed'],
    // "How many legs does a spider have?" asks "How many legs are in a spider?", as "contain" does.
    [
      'have contain',
      /\bhow many (\S+(?: \S+)?) (?:do|does|did) (.+?) (?:have|contain)\b/gi,
      'how many $1 are in $2',
    ],
    // A duration asked in a unit is asked "how long" ("How many hours is the flight?"), but not a count
    // of units in something ("How many days are in a year?").
    [
      'seconds minutes hours days weeks months years',
      /\bhow many (?:seconds|minutes|hours|days|weeks|months|years) (?=(?:do|does|did|will|should|can|would|is|was)\b(?! (?:in|there)\b))/gi,
      'how long ',
    ],
    ['minutes hours', /\bhow many (?:minutes|hours) of\b/gi, 'how much'],
    ['live', /\bhow long (?:do|does|did|can) (.+?) live\b/gi, 'what is the lifespan of $1'],
    ['last', /\bhow long (?:do|does|did|will) (.+?) last\b/gi, 'what is the length of $1'],
    ['span lifespan expectancy', /\b(life ?span|life expectancy)\b/gi, 'lifespan'],
    ['birthplace', /\bbirthplace\b/gi, 'place of birth'],
    ['number', /\bthe (?:largest|greatest|highest|biggest) number of\b/gi, 'the most'],
    ['far', /\bhow far(?: away)?\b/gi, 'what distance'],
    ['tall high', /\bhow (tall|high)\b/gi, 'what height'],
    ['long time', /\bhow (long|much time)\b/gi, 'what length'],
    ['wide', /\bhow wide\b/gi, 'what width'],
    ['thick', /\bhow thick\b/gi, 'what thickness'],
    ['old', /\bhow old\b/gi, 'what age'],
    ['big large', /\bhow (big|large)\b/gi, 'what size'],
    ['heavy', /\bhow heavy\b/gi, 'what weight'],
    ['deep', /\bhow deep\b/gi, 'what depth'],
    ['hot cold warm', /\bhow (hot|cold|warm)\b/gi, 'what temperature'],
    ['humid', /\bhow humid\b/gi, 'what humidity'],
    ['strong', /\bhow strong\b/gi, 'what strength'],
    ['populated populous', /\bhow (?:populated|populous)\b/gi, 'what population'],
    ['expensive', /\bhow expensive\b/gi, 'what cost'],
    // The quantity in the verb: "how much does X weigh" asks "the weight of X".
    ['weigh cost', /\b(?:how much|what) (?:do|does|did) (.+?) (weigh|cost)\b/gi, 'what is the $2 of $1'],
    [
      'live reside',
      /\bhow many (?:people|inhabitants|residents) (?:live|reside) in\b/gi,
      'what is the population of',
    ],
    // "What kind of …" and "what sort of …" ask "what type of …".
    ['kind kinds sort sorts', /\b(?:kind|sort)s? of\b/gi, 'type of'],
    // Asking for a name, however put: "what is the name of X", "what is X called", "what do you call
    // X", "the word for X", "is there a name for X".
    [
      'name called call term word',
      /\b(?:is there a|what is the|what's the|what are the) (?:name|term|word)s? (?:of|for)\b|\bwhat (?:do|would) (?:you|we|people) call\b/gi,
      'what is called',
    ],
    ['called', /\bwhat (?:is|are|was|were) (.+?) called\b/gi, 'what is called $1'],
    ['place', /\b(take|takes|took|taking) place\b/gi, 'happen'],
    ['rid', /\bget rid of\b/gi, 'remove'],
    ['one', /\bno one\b/gi, 'nobody'],
    // A follow-up that only asks for the reason or the way of the answer ("… ? Why or why not?").
    [
      'why how so not',
      /(?<=[?.!])\s*(?:why or why not|if so,? (?:why|how)|if not,? why( not)?|why|how)\s*[?.!]*\s*$/i,
      '',
    ],
    // "to have" as the verb ("what is it like to have a second wife"), not "have to" (must).
    ['have', /\bto have\b(?! to\b)/gi, 'to possess'],
    ['up', /\b(?:come|comes|came|coming) up with\b/gi, 'invent'],
    // "in the year 1616" is "in 1616".
    ['year', /\bthe year (?=\d{3,4}\b)/gi, ''],
    ['improve improves improved improving', /\bimprov(?:e|es|ed|ing)\b/gi, 'better'],
    // A request for a translation, however put, reads as "what is X in Spanish".
    ['say', /\bhow (?:do|would|can|should) (?:you|i|we|one) say (.+?) in ([a-z]+)\b/gi, 'what is $1 in $2'],
    ['translate', /\btranslate (.+?) (?:into|to) ([a-z]+)\b/gi, 'what is $1 in $2'],
    ['steps', /\bwhat are the steps (?:to|for)\b/gi, 'how do I'],
    ['few', /\ba few\b/gi, 'some'],
    ['form', /\b(plural|singular|feminine|masculine|comparative|superlative) form\b/gi, '$1'],
    ['up', /\b(?:break|breaks|broke|split|splits) up\b/gi, 'disband'],
    ['allowed permitted', /\b(?:am i|are we|are you) (?:allowed|permitted) to\b/gi, 'can I'],
    ['out', /\bget (\S+(?: \S+){0,3}) out of\b/gi, 'remove $1 from'],
    ['from', /\b(?:keep|keeps|prevent|prevents) (\S+(?: \S+){0,3}) from\b/gi, 'stop $1 from'],
    ['switch', /\bswitch (on|off)\b/gi, 'turn $1'],
    ['up', /\bhow many (\S+) (?:make|makes) up\b/gi, 'how many $1 are in'],
    ['point', /\b(boiling|melting|freezing) point\b/gi, '$1 temperature'],
    ['short', /\bshort for\b/gi, 'stand for'],
    ['come', /\bwhere (do|does|did) (.+?) come from\b/gi, 'what is the origin of $2'],
    [
      'year date day month century decade',
      /\b((in|on|at|during) )?(what|which) (year|date|day|month|century|decade)\b/gi,
      'when',
    ],
    ['time', /\b(at )?what time (?!zone)/gi, 'when '],
    ['person people', /\b(what|which) (person|people)\b/gi, 'who'],
    ['capital', /\b(what|which) (city|town) is the capital\b/gi, 'what is the capital'],
    ['place location', /\b(what|which) (place|location)\b/gi, 'where'],
    [
      'reason reasons come',
      /\b(what is|what's|what are) the reasons? (why |that )?|\bfor what reason\b|\bhow come\b/gi,
      'why ',
    ],
    ['causes caused makes made', /\bwhat (?:causes|caused|makes|made)\b(?! up)/gi, 'why'],
    ['age', /\bat what age\b/gi, 'when'],
  ] as [string, RegExp, string][]
).map(([words, pattern, replacement]) => ({ words: words.split(' '), pattern, replacement }));

/** The lowercase words of `text`, split at anything but a letter or a digit. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/));
}

function hasAny(present: ReadonlySet<string>, words: readonly string[]): boolean {
  for (const word of words) if (present.has(word)) return true;
  return false;
}

/** True when the last character before `index` that is not a space ends a sentence (or there is none). */
function startsSentence(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && /\s/.test(text[before] as string)) before--;
  return before < 0 || '.?!:'.includes(text[before] as string);
}

function tokenize(prompt: string): Token[] {
  let text = prompt.replace(/[\u2018\u2019\u02bc`]/g, "'");
  let present = wordsOf(text);
  for (const { words, pattern, replacement } of rewrites) {
    if (!hasAny(present, words)) continue;
    const next = text.replace(pattern, replacement);
    if (next !== text) present = wordsOf(next);
    text = next;
  }
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const upper = raw.length > 1 && raw === raw.toUpperCase() && /[A-Z]/.test(raw);
    const capitalized =
      upper || (/^\p{Lu}/u.test(raw) && tokens.length > 0 && !startsSentence(text, match.index));
    let word = americanSpelling(raw.toLowerCase());
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
    tokens.push({ text: word, upper, capitalized, possessive, negated });
    if (negated)
      tokens.push({ text: 'not', upper: false, capitalized: false, possessive: false, negated: false });
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
  // The content term or number each token was read as, for the placements.
  const termAt: (string | undefined)[] = [];
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
      // Right after a content word it joins a clause ("sneeze when looking at the sun", "the artery
      // which carries blood"): not what the prompt asks.
      if (termAt[index - 1] === undefined || !relativeWords.has(word)) questionWords.add(question);
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
      // "using" is "use": a word whose canonical form is free is free.
      if (freeTerms.has(term)) term = undefined;
      // "capital city" and "which city is the capital" say no more than "capital".
      else if (term === 'city' && tokens.some((other) => other.text === 'capital')) continue;
    }
    // A free word between a content word and a marker ("weather like in Paris") keeps the marker's role.
    if (term === undefined) continue;
    termAt[index] = term;
    afterContent = true;
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
    tense: tokens.some((token, index) => token.text === 'will' && tokens[index + 1]?.text !== 'you')
      ? 'future'
      : tokens.some((token) => pastAuxiliaries.has(token.text))
        ? 'past'
        : undefined,
    questionWords,
    directions,
    endsWithPreposition: strandedPrepositions.has(tokens.at(-1)?.text ?? ''),
    whoIsObject: tokens.some(
      (token, index) =>
        ((token.text === 'who' || token.text === 'whom') && doForms.has(tokens[index + 1]?.text ?? '')) ||
        ((token.text === 'which' || token.text === 'what') && doForms.has(tokens[index + 2]?.text ?? '')),
    ),
    normalized: tokens.map((token) => token.text).join(' '),
    placements: placementsOf(tokens, termAt),
    phrasingVerbs: phrasingVerbsOf(prompt),
  };
}

/** `canonicalWords` keyed by stem too, so "required" finds "require". */
const canonicalByStem = new Map(
  Object.entries(canonicalWords).map(([word, form]) => [withoutFinalE(stem(word)), form]),
);

function canonical(token: Pick<Token, 'text'>, next?: Token): string {
  const stemmed = stem(token.text);
  const known =
    canonicalWords[stemmed] ?? canonicalWords[token.text] ?? canonicalByStem.get(withoutFinalE(stemmed));
  if (known !== undefined) return known;
  // "the inventor of" asks what "who invented" asks.
  if (next?.text !== 'of') return stemmed;
  const agent = agentRoot(token.text);
  return canonicalWords[agent] ?? agent;
}

/** The verb an agent noun is made from, as a content term: "inventor" → "invent"; other words unchanged. */
export function agentRoot(word: string): string {
  return stem(word.replace(/(?<=[a-z]{4})(er|or)$/, ''));
}

/** A word as `promptTerms` lists it among `words`. */
export function contentTerm(word: string): string {
  return withoutFinalE(canonical({ text: word }));
}

const freeTerms = new Set([...freeWords].map(contentTerm));

/** Units as content terms: never read as synonyms of one another ("minute" and "second"). */
export const unitTerms: ReadonlySet<string> = new Set([...units].map(withoutFinalE));

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

function placementsOf(
  tokens: readonly Token[],
  termAt: readonly (string | undefined)[],
): Map<string, WordPlacement> {
  const placements = new Map<string, WordPlacement>();
  const isDeterminer = (at: number) => determiners.has((tokens[at] as Token).text);
  for (const [index, term] of termAt.entries()) {
    if (term === undefined || placements.has(term) || /^\d/.test(term)) continue;
    placements.set(term, {
      previous: termAt[index - 1],
      next: termAt[index + 1],
      capitalized: (tokens[index] as Token).capitalized,
      beforeOf: tokens[index + 1]?.text === 'of',
      afterQuestionWord: questionWordCanon[tokens[index - 1]?.text ?? ''] !== undefined,
      // Past any article or possessive ("of the", "in my").
      afterPreposition: prepositions.has(wordBefore(tokens, index, isDeterminer)),
      // Past the phrase's content words too ("in the Knight Rider remake").
      endsPrepositionalPhrase:
        termAt[index - 1] !== undefined &&
        prepositions.has(wordBefore(tokens, index, (at) => termAt[at] !== undefined || isDeterminer(at))),
    });
  }
  return placements;
}

const prepositions = new Set(
  'of in on at for from to with by about into than through between during near under over across around inside within'.split(
    ' ',
  ),
);

const determiners = new Set('a an the my your our their his her its this that these those'.split(' '));

/** The word before `tokens[index]`, past the tokens `skipped` says to pass over. */
function wordBefore(tokens: readonly Token[], index: number, skipped: (at: number) => boolean): string {
  let before = index - 1;
  while (before >= 0 && skipped(before)) before--;
  return tokens[before]?.text ?? '';
}

/** Forms of the verbs `promptTerms` reads as phrasing, or that a question form puts in its words. */
const phrasingVerbForms: Record<string, string> = Object.fromEntries(
  Object.entries({
    get: 'get gets got gotten getting',
    have: 'have has had having',
    like: 'like likes liked liking',
    need: 'need needs needed needing',
    want: 'want wants wanted wanting',
    know: 'know knows knew known knowing',
    use: 'use uses used using',
    last: 'last lasts lasted lasting',
  }).flatMap(([lemma, forms]) => forms.split(' ').map((form) => [form, lemma])),
);

function phrasingVerbsOf(prompt: string): Set<string> {
  const verbs = new Set<string>();
  // "What does a dentist do?": "do" as the verb, not the auxiliary; "to be" and "being" as the verb.
  if (/\b(?:do|does|did|doing|done)\W*$/i.test(prompt)) verbs.add('do');
  if (/\b(?:to be|being)\b/i.test(prompt)) verbs.add('be');
  for (const word of wordsOf(prompt)) {
    const lemma = phrasingVerbForms[word];
    if (lemma !== undefined) verbs.add(lemma);
  }
  return verbs;
}
