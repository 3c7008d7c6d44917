import { describe, expect, it } from 'vitest';
import { disagreement, relaxedSimilarity } from './prompt-agreement.js';
import { promptTerms, stem } from './prompt-terms.js';

const judge = (a: string, b: string, similarity?: number) =>
  disagreement(promptTerms(a), promptTerms(b), similarity);
/** As `cacheSemantic` judges a candidate whose embedding is close (cosine 0.9). */
const judgeClose = (a: string, b: string) => judge(a, b, 0.9);

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
    expect(judge('What do people dislike about C?', 'What do people dislike about C++?')).toBe(
      'content words',
    );
    expect(judge('Is C# compiled?', 'Is F# compiled?')).toBe('content words');
    expect(judge('Is raw chicken safe to eat?', 'Is raw salmon safe to eat?')).toBe('content words');
  });

  it('rejects different numbers, numbers in another order, and a number bound to another unit', () => {
    expect(judge('What is 15 percent of 80?', 'What is 20 percent of 80?')).toBe('numbers');
    expect(judge('What is 5 minus 3?', 'What is 3 minus 5?')).toBe('numbers');
    expect(judge('What is 5 kg in pounds?', 'What is 5 pounds in kg?')).toBe('numbers');
    expect(judge('What is the first amendment?', 'What is the second amendment?')).toBe('numbers');
  });

  it('rejects past against future ("Will it rain?" is not "Did it rain?")', () => {
    expect(judge('Will it rain in Paris?', 'Did it rain in Paris?')).toBe('tense');
    expect(judge('Is it going to rain in Paris?', 'Will it rain in Paris?')).toBeUndefined();
    expect(judge('Who was the first king of Prussia?', 'Who is the first king of Prussia?')).toBeUndefined();
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

describe('disagreement with close embeddings (similarity >= relaxedSimilarity)', () => {
  it('reads question forms, abbreviations and agent nouns as one question', () => {
    expect(judgeClose('When did WWII end?', 'What year did the Second World War end?')).toBeUndefined();
    expect(
      judgeClose('Who wrote Pride and Prejudice?', 'Who is the author of Pride and Prejudice?'),
    ).toBeUndefined();
    expect(
      judgeClose('How tall is the Eiffel Tower?', 'What is the height of the Eiffel Tower?'),
    ).toBeUndefined();
    expect(
      judgeClose('What is the boiling point of water?', 'At what temperature does water boil?'),
    ).toBeUndefined();
    expect(
      judgeClose('What is the best time to visit Japan?', 'When is the best time to visit Japan?'),
    ).toBeUndefined();
    expect(judgeClose('Who was Hamlet written by?', 'Who wrote Hamlet?')).toBeUndefined();
    expect(judgeClose('When did WWI end?', 'When did WWII end?')).toBe('content words');
  });

  it('reads a quantity asked in a verb or an adjective as that quantity', () => {
    expect(judgeClose('How long is the Danube?', 'What is the length of the Danube?')).toBeUndefined();
    expect(
      judgeClose('How much does a grand piano weigh?', 'What is the weight of a grand piano?'),
    ).toBeUndefined();
    expect(judgeClose('How many people live in Lagos?', 'What is the population of Lagos?')).toBeUndefined();
    expect(
      judgeClose('How long do sea turtles live?', 'What is the lifespan of a sea turtle?'),
    ).toBeUndefined();
    expect(judgeClose('How fast does sound travel?', 'What is the speed of sound?')).toBeUndefined();
    expect(judgeClose('How many continents are there?', 'What is the number of continents?')).toBeUndefined();
    expect(judgeClose('How long is the Danube?', 'How wide is the Danube?')).toBe('content words');
    expect(judgeClose('How much does a grand piano weigh?', 'How much does a grand piano cost?')).toBe(
      'content words',
    );
    expect(judgeClose('How many people live in Lagos?', 'How many people work in Lagos?')).toBe(
      'content words',
    );
  });

  it('reads everyday names of one thing as one word, and drops greetings', () => {
    expect(
      judgeClose('What are the symptoms of Lyme disease?', 'What are the signs of Lyme disease?'),
    ).toBeUndefined();
    expect(judgeClose('Who sang Hotel California?', 'Who performed Hotel California?')).toBeUndefined();
    expect(
      judgeClose('How do I get wax out of a carpet?', 'How do I remove wax from a carpet?'),
    ).toBeUndefined();
    expect(judgeClose('Hi, what is the capital of Peru?', 'What is the capital of Peru?')).toBeUndefined();
    expect(judgeClose('Who sang Hotel California?', 'Who wrote Hotel California?')).toBe('content words');
  });

  it('lets one prompt add words of phrasing, only with close embeddings, never put one for another', () => {
    expect(judgeClose('Why is the sky blue?', 'Why does the sky look blue?')).toBeUndefined();
    expect(judgeClose('What is the best way to store herbs?', 'How should I store herbs?')).toBeUndefined();
    expect(judge('Why is the sky blue?', 'Why does the sky look blue?', relaxedSimilarity - 0.01)).toBe(
      'content words',
    );
    expect(judgeClose('Why do people feel tired?', 'Why do people look tired?')).toBe('content words');
    expect(
      judgeClose('Is it safe to drink tap water in Mexico?', 'Is it safe to drink tap water in Mexico City?'),
    ).toBe('content words');
  });

  it('lets one prompt add one word that leaves the question as it was, only with very close embeddings', () => {
    // A verb for what is done with the subject, a noun that only says which kind the question meant.
    expect(judgeClose('Is coffee bad for you?', 'Is drinking coffee bad for you?')).toBeUndefined();
    expect(
      judgeClose('What are the symptoms of the flu?', 'What symptoms does the flu cause?'),
    ).toBeUndefined();
    expect(
      judgeClose('What are the benefits of green tea?', 'What are the health benefits of green tea?'),
    ).toBeUndefined();
    expect(
      judge('What are the benefits of green tea?', 'What are the health benefits of green tea?', 0.84),
    ).toBe('content words');
    expect(judgeClose('How do I sort a list in Python?', 'How do I sort a list of numbers in Python?')).toBe(
      'content words',
    );
  });

  it('never lets an added word narrow the question', () => {
    // Half of a two-word name, a describing word, the head after another word, a name.
    expect(judgeClose('How do I tie a tie?', 'How do I tie a bow tie?')).toBe('content words');
    expect(judgeClose('How many days are in a year?', 'How many days are in a leap year?')).toBe(
      'content words',
    );
    expect(judgeClose('How long should I boil an egg?', 'How long should I boil a large egg?')).toBe(
      'content words',
    );
    expect(judgeClose('How does a car work?', 'How does a car engine work?')).toBe('content words');
    expect(
      judgeClose('What is the population of New York?', 'What is the population of New York City?'),
    ).toBe('content words');
    // The thing asked about before "of", the kind of answer after a question word, a preposition's object.
    expect(judgeClose('What is mitosis?', 'What are the steps of mitosis?')).toBe('content words');
    expect(judgeClose('What is the sky?', 'What color is the sky?')).toBe('content words');
    expect(
      judgeClose(
        'which state is located in the centre of the us',
        'which state is located in the centre of india',
      ),
    ).toBe('content words');
    expect(
      judgeClose(
        'Who plays the voice of KITT in Knight Rider?',
        'Who plays the voice of KITT in the Knight Rider remake?',
      ),
    ).toBe('content words');
    // A verb put for one read as phrasing, or in another question form.
    expect(judgeClose('How do I get a passport?', 'How do I renew a passport?')).toBe('content words');
    expect(judgeClose('Why do some people like coffee?', 'Why do some people dislike coffee?')).toBe(
      'content words',
    );
    expect(judgeClose('How long does a tattoo last?', 'How long does a tattoo hurt?')).toBe('content words');
    expect(judgeClose('How do vaccines protect?', 'What are vaccines?')).toBe('content words');
    expect(judgeClose('What does a dentist do?', 'What does a dentist earn?')).toBe('content words');
    expect(judgeClose('What is it like to be a second wife?', 'What is it like to have a second wife?')).toBe(
      'content words',
    );
  });

  it('counts a word written twice, reads "list" as a noun unless it asks, and "the us" as the country', () => {
    expect(
      judgeClose('Should the rice go in the rice cooker?', 'Should the pasta go in the rice cooker?'),
    ).toBe('content words');
    expect(judgeClose('How do I turn off my iPhone?', 'How do I turn on my iPhone?')).toBe('content words');
    expect(judgeClose('How do I sort a list in Python?', 'How do I sort a dictionary in Python?')).toBe(
      'content words',
    );
    expect(judgeClose('when did the us host the world cup', 'when did germany host the world cup')).toBe(
      'content words',
    );
    expect(
      judgeClose('List the planets of the solar system', 'What are the planets of the solar system?'),
    ).toBe(undefined);
  });

  it('reads durations in a unit as "how long", a translation however asked, "improve" as "better"', () => {
    expect(
      judgeClose(
        'How many hours is the flight from London to Tokyo?',
        'How long is the flight from London to Tokyo?',
      ),
    ).toBeUndefined();
    expect(
      judgeClose('How many hours of sleep does a toddler need?', 'How much sleep does a toddler need?'),
    ).toBeUndefined();
    expect(judgeClose('How many days are in a year?', 'How many hours are in a year?')).toBe('content words');
    expect(
      judgeClose('Translate "good morning" into Spanish', 'How do you say "good morning" in Spanish?'),
    ).toBeUndefined();
    expect(judgeClose('How do I improve my sleep?', 'How can I sleep better?')).toBeUndefined();
  });

  it('reads "how far away", "came up with" and "in the year 1616" as their plain forms', () => {
    expect(judgeClose('How far away is the sun?', 'What is the distance to the sun?')).toBeUndefined();
    expect(
      judgeClose('Who came up with the Cornell method?', 'Who invented the Cornell method?'),
    ).toBeUndefined();
    expect(judgeClose('Who ruled England in the year 1616?', 'Who ruled England in 1616?')).toBeUndefined();
    expect(judgeClose('Who ruled England in the year 1616?', 'Who ruled England in 1617?')).toBe('numbers');
  });

  it('reads a question word that joins a clause as no question, and drops a follow-up "Why or why not?"', () => {
    expect(
      judgeClose('Why do we sneeze when looking at the sun?', 'Why do I sneeze whenever I look at the sun?'),
    ).toBeUndefined();
    expect(
      judgeClose(
        'What happens if I follow someone I blocked?',
        'What happens when I follow someone I blocked?',
      ),
    ).toBeUndefined();
    expect(
      judgeClose(
        'Do our hearts stop while we sneeze?',
        'Do our hearts stop while we sneeze? Why or why not?',
      ),
    ).toBeUndefined();
    expect(judgeClose('Why is no one helping Aleppo?', 'Why is nobody helping Aleppo?')).toBeUndefined();
    expect(judgeClose('When do we sneeze?', 'Why do we sneeze?')).toBe('question word');
  });

  it('reads a word written in two parts as one, and an adjective as the noun it pertains to', () => {
    expect(
      judgeClose('Where is the gall bladder located?', 'Where is the gallbladder located?'),
    ).toBeUndefined();
    expect(
      judgeClose(
        'What is the difference between a resume and a C.V.?',
        'What is the difference between a resume and a CV?',
      ),
    ).toBeUndefined();
    expect(judgeClose('Which state is in the center of India?', 'Which Indian state is in the center?')).toBe(
      undefined,
    );
    expect(judgeClose('What is Indian cuisine known for?', 'What is Chinese cuisine known for?')).toBe(
      'content words',
    );
    expect(
      judgeClose('What is Indian cuisine known for?', 'What is the cuisine of India known for?'),
    ).toBeUndefined();
  });

  it('reads "kind of"/"sort of" as "type of", and a name asked for however put as one question', () => {
    expect(
      judgeClose(
        'What type of government did the Ming dynasty have?',
        'What kind of government did the Ming dynasty have?',
      ),
    ).toBeUndefined();
    expect(judgeClose('What is the name of the @ symbol?', 'What is the @ symbol called?')).toBeUndefined();
    expect(
      judgeClose('What do you call a baby kangaroo?', 'What is the word for a baby kangaroo?'),
    ).toBeUndefined();
    expect(judgeClose('What is a baby kangaroo called?', 'What is a baby koala called?')).toBe(
      'content words',
    );
  });

  it('reads a verb as the more general verb it is a way of doing, and a word as the one it comes from', () => {
    expect(judgeClose('Who assassinated Abraham Lincoln?', 'Who killed Abraham Lincoln?')).toBeUndefined();
    expect(judgeClose('Who was the ruler of England in 1616?', 'Who ruled England in 1616?')).toBeUndefined();
    expect(judgeClose('Who killed Abraham Lincoln?', 'Who saved Abraham Lincoln?')).toBe('content words');
  });

  it("reads WordNet synonyms of a word's first sense as that word, never a unit or a derived form", () => {
    expect(
      judgeClose('How do I begin investing in stocks?', 'How do I start investing in stocks?'),
    ).toBeUndefined();
    expect(
      judgeClose('Is it safe to purchase a used car online?', 'Is it safe to buy a used car online?'),
    ).toBeUndefined();
    expect(judgeClose('Convert 3 hours to minutes', 'Convert 3 hours to seconds')).toBe('content words');
    expect(judgeClose('How do I boil an egg?', 'How do I poach an egg?')).toBe('content words');
    expect(judgeClose('How do I buy a car?', 'How do I sell a car?')).toBe('content words');
  });

  it('reads "which team"/"which actor" as "who", "in which country" as "where"', () => {
    expect(
      judgeClose('Which team won the 2011 Stanley Cup?', 'Who won the 2011 Stanley Cup?'),
    ).toBeUndefined();
    expect(
      judgeClose('Where is Mount Kilimanjaro located?', 'In which country is Mount Kilimanjaro?'),
    ).toBeUndefined();
    // WordNet's nouns for kinds of people.
    expect(judgeClose('Which cyclist won the 2019 Tour de France?', 'Who won the 2019 Tour de France?')).toBe(
      undefined,
    );
    expect(judgeClose('Which country won the 2006 Tour de France?', 'Who won the 2006 Tour de France?')).toBe(
      'question word',
    );
    expect(
      judgeClose('Who did Brazil beat in the 2002 final?', 'Which team beat Brazil in the 2002 final?'),
    ).toBe('word order');
  });

  it('keeps question words apart unless the open one names the specific one', () => {
    expect(judgeClose('Where was Einstein born?', 'In what year was Einstein born?')).toBe('question word');
    expect(judgeClose('Who wrote Hamlet?', 'When was Hamlet written?')).toBe('question word');
  });

  it('rejects reversed roles: who as object, a preposition left at the end', () => {
    expect(judgeClose('Who did Brazil beat in the final?', 'Who beat Brazil in the final?')).toBe(
      'word order',
    );
    expect(judgeClose('Who was the teacher of Plato?', 'Who was Plato a teacher of?')).toBe('word order');
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
