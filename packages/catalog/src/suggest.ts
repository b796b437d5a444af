import { suggest, type Catalog } from "@policy/core";
import { catalog } from "./catalog.js";
import { normalizeName } from "./normalize-name.js";
import { searchCatalog } from "./search.js";

/**
 * The catalog id someone probably meant by `input`, or undefined: the entry whose id, name or
 * alias it is when written another way ("Zoom", "Google Analytics", "Sendinblue"); else the one
 * it is a typo of ("zom", "hubspt"); else the only entry a search for it finds ("teams"). Two
 * equally close entries give no suggestion, as in core: the input does not say which was meant.
 * `within` looks in another catalog, e.g. yours merged with ours.
 */
export function suggestCatalogId(input: string, within: Catalog = catalog): string | undefined {
  // Very long input is junk, not a typo; comparing it would only cost time.
  if (input.length > 200) return undefined;
  const wanted = normalizeName(input);
  if (wanted === "") return undefined;
  const idsByName = new Map<string, Set<string>>();
  for (const entry of Object.values(within)) {
    for (const name of [entry.id, entry.name, ...(entry.aliases ?? [])].map(normalizeName)) {
      idsByName.set(name, (idsByName.get(name) ?? new Set()).add(entry.id));
    }
  }
  // A product's regional entries share its name (stripe, stripe-us): the name means the entry the others are named after.
  const onlyId = (ids: Set<string> | undefined) => {
    const list = [...(ids ?? [])];
    return list.find((id) => list.every((other) => other === id || other.startsWith(`${id}-`)));
  };

  const meant = suggest(wanted, idsByName.keys());
  if (meant !== undefined) return onlyId(idsByName.get(meant));
  const found = searchCatalog(input, within);
  return found.length === 1 ? found[0]?.id : undefined;
}
