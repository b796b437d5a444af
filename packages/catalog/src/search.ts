import { serviceCategories, type Catalog, type Processor } from "@policy/core";
import { catalog } from "./catalog.js";
import { normalizeName } from "./normalize-name.js";

/** How well an entry matches, lower is better; undefined when it does not match. */
function rank(entry: Processor, query: string): number | undefined {
  const names = [entry.id, entry.name, ...(entry.aliases ?? [])].map(normalizeName);
  if (names.includes(query)) return 0;
  if (names.some((name) => name.startsWith(query))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  const kinds = (entry.categories ?? []).flatMap((id) => [id, serviceCategories[id].en, serviceCategories[id].de]).map(normalizeName);
  if (kinds.some((kind) => kind.includes(query))) return 3;
  return undefined;
}

/**
 * The entries whose id, name or alias matches the query, then those whose kind of service does
 * ("newsletter", "Videokonferenz"), best match first and by name within a rank. An empty query
 * returns every entry, by name. `within` searches another catalog, e.g. yours merged with ours.
 */
export function searchCatalog(query: string, within: Catalog = catalog): Processor[] {
  const entries = Object.values(within);
  const wanted = normalizeName(query);
  const byName = (a: Processor, b: Processor) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id, "en");
  if (wanted === "") return entries.sort(byName);
  return entries
    .flatMap((entry) => {
      const score = rank(entry, wanted);
      return score === undefined ? [] : [{ entry, score }];
    })
    .sort((a, b) => a.score - b.score || byName(a.entry, b.entry))
    .map(({ entry }) => entry);
}
