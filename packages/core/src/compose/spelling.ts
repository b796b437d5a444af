/**
 * Swiss Standard German has no "ß": it writes "ss" (as every German text of the Confederation
 * does: "ausschliesslich", "Massnahmen"). A text we write for a controller in Switzerland is
 * spelled so; names and texts from a policy are left as given.
 */
export function swissSpelling(text: string): string {
  return text.replaceAll("ß", "ss");
}
