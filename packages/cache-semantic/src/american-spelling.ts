/** British spellings that no suffix rule reaches, in their American form. */
const britishWords: Record<string, string> = {
  aluminium: 'aluminum',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  jewellery: 'jewelry',
  maths: 'math',
  mum: 'mom',
  defence: 'defense',
  licence: 'license',
  pyjamas: 'pajamas',
  catalogue: 'catalog',
  doughnut: 'donut',
  doughnuts: 'donuts',
  cosy: 'cozy',
  sceptical: 'skeptical',
  mould: 'mold',
  moustache: 'mustache',
  plough: 'plow',
};

/**
 * A lowercase word in its American spelling, so "colour"/"color", "favourite"/"favorite",
 * "centre"/"center" and "organise"/"organize" compare equal. The suffix rules also rewrite words
 * that have no other spelling ("promise" → "promize"); that is harmless, because both prompts of a
 * pair go through them. Short words ("hour", "four", "acre") are left alone.
 */
export function americanSpelling(word: string): string {
  const known = britishWords[word];
  if (known !== undefined) return known;
  // Most words have none of the three endings: skip the rules without running them.
  if (word.length < 5 || !(word.includes('our') || word.includes('is') || word.includes('re'))) return word;
  return word
    .replace(/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ful|less|hood|hoods)?$/, '$1or$2')
    .replace(/^([a-z]{4,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2')
    .replace(/^([a-z]{2,}[b-df-hj-np-tv-z])re(s)?$/, '$1er$2');
}
