/** Case, accents and punctuation do not matter: "Bunny.net", "bunny net" and "BUNNY-NET" are the same. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}
