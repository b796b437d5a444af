import { editDistance, type Processor } from "@policy/core";

/** "Google Analytics", "google_analytics" and "GOOGLE-ANALYTICS" all become "google-analytics", the shape of an id. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The catalog id someone probably meant by `input`, or undefined: the entry whose id, name or
 * alias it is when written another way ("Zoom", "Google Analytics", "Sendinblue"); else the one
 * it is a typo of ("zom", "hubspt"); else the only entry a search for it finds ("teams"). Two
 * equally close entries give no suggestion, as in core: the input does not say which was meant.
 */
export function suggestCatalogId(
  input: string,
  entries: readonly Processor[],
  search: (query: string) => readonly Processor[],
): string | undefined {
  // Very long input is junk, not a typo; comparing it would only cost time.
  if (input.length > 200) return undefined;
  const wanted = slug(input);
  if (wanted === "") return undefined;
  const names = entries.flatMap((entry) => [entry.id, entry.name, ...(entry.aliases ?? [])].map((name) => ({ id: entry.id, name: slug(name) })));
  const exact = new Set(names.filter(({ name }) => name === wanted).map(({ id }) => id));
  if (exact.size === 1) return [...exact][0];

  const limit = Math.max(2, Math.floor(wanted.length / 4));
  let bestDistance = Infinity;
  let closest = new Set<string>();
  for (const { id, name } of names) {
    if (Math.abs(name.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, name);
    if (distance < bestDistance) {
      bestDistance = distance;
      closest = new Set([id]);
    } else if (distance === bestDistance) {
      closest.add(id);
    }
  }
  if (bestDistance <= limit) return closest.size === 1 ? [...closest][0] : undefined;

  const found = search(input);
  return found.length === 1 ? found[0]?.id : undefined;
}
