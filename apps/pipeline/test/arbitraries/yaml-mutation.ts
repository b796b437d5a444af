// Small edits to a YAML text, as a slip of the hand or a bad merge makes them: a line deleted,
// swapped with another or duplicated; a character deleted, duplicated, or a character that means
// something to YAML (or to a text decoder) inserted. Positions are drawn as plain numbers and taken
// modulo the text's current length, so a mutation applies to any text and shrinks towards the start.

import fc from "fast-check";

/** Characters worth inserting: YAML indicators, quotes, whitespace and line breaks, NUL, BOM, odd Unicode. */
export const insertedCharacters: readonly string[] = [
  ":",
  "-",
  "[",
  "]",
  "{",
  "}",
  '"',
  "'",
  ",",
  "#",
  "&",
  "*",
  "!",
  "|",
  ">",
  "%",
  "@",
  "`",
  "?",
  "\\",
  " ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u0000",
  "\ufeff",
  "\u0085",
  "\u2028",
  "\u00a0",
  "\ud800",
  "😀",
  "ä",
];

export type YamlMutation =
  | { readonly kind: "delete-line" | "duplicate-line"; readonly at: number }
  | { readonly kind: "swap-lines"; readonly at: number; readonly with: number }
  | { readonly kind: "delete-character" | "duplicate-character"; readonly at: number }
  | { readonly kind: "insert-character"; readonly at: number; readonly character: string };

const position = fc.nat({ max: 1_000_000 });

export const yamlMutation: fc.Arbitrary<YamlMutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete-line" as const, "duplicate-line" as const), at: position }),
  fc.record({ kind: fc.constant("swap-lines" as const), at: position, with: position }),
  fc.record({ kind: fc.constantFrom("delete-character" as const, "duplicate-character" as const), at: position }),
  fc.record({ kind: fc.constant("insert-character" as const), at: position, character: fc.constantFrom(...insertedCharacters) }),
);

/** One to eight mutations, applied in order. */
export const yamlMutations: fc.Arbitrary<YamlMutation[]> = fc.array(yamlMutation, { minLength: 1, maxLength: 8 });

export function applyMutation(text: string, mutation: YamlMutation): string {
  if (mutation.kind === "delete-line" || mutation.kind === "duplicate-line" || mutation.kind === "swap-lines") {
    const lines = text.split("\n");
    const at = mutation.at % lines.length;
    if (mutation.kind === "delete-line") lines.splice(at, 1);
    else if (mutation.kind === "duplicate-line") lines.splice(at, 0, lines[at] as string);
    else if (mutation.kind === "swap-lines") {
      const other = mutation.with % lines.length;
      [lines[at], lines[other]] = [lines[other] as string, lines[at] as string];
    }
    return lines.join("\n");
  }
  if (mutation.kind === "insert-character") {
    const at = mutation.at % (text.length + 1);
    return text.slice(0, at) + mutation.character + text.slice(at);
  }
  if (text.length === 0) return text;
  const at = mutation.at % text.length;
  return mutation.kind === "delete-character" ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at + 1) + text.slice(at);
}

export function applyMutations(text: string, mutations: readonly YamlMutation[]): string {
  return mutations.reduce(applyMutation, text);
}
