/** Collapses every run of white space to one space, so quotes survive re-wrapped text. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
