/**
 * Lower case for a search that ignores case, keeping every index where it was: a character whose
 * lower case is longer ("İ" has two code units in lower case) stays as it is, so a match's offsets
 * in the folded text are its offsets on screen.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}
