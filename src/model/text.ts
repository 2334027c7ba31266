/** Collapses every run of white space to one space, so quotes survive re-wrapped text. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A label set inside a sentence: its first letter in lower case, unless the word is an
 * abbreviation ("CSTO", "ОДКБ") that must keep its capitals.
 */
export function lowerFirst(text: string): string {
  const word = /\p{L}+/u.exec(text)?.[0] ?? '';
  if (word.length > 1 && word === word.toUpperCase()) return text;
  return text.replace(/\p{L}/u, (letter) => letter.toLowerCase());
}
