import { hostMatches, nameMatches, serviceCategories, type Catalog, type Processor } from "@policy/core";
import { catalog } from "./catalog.js";
import { normalizeName } from "./normalize-name.js";

/**
 * How well an entry matches, lower is better; undefined when it does not match. `raw` is the query
 * as typed, for what punctuation belongs to: a cookie's name ("_ga") or a host ("fonts.gstatic.com").
 */
function rank(entry: Processor, query: string, raw: string): number | undefined {
  const names = [entry.id, entry.name, ...(entry.aliases ?? [])].map(normalizeName);
  if (names.includes(query)) return 0;
  if (names.some((name) => name.startsWith(query))) return 1;
  if (entry.deviceAccess.some((access) => nameMatches(access.name, raw) || stemOf(access.name) === raw)) return 1;
  const host = hostOf(raw);
  if (host !== undefined && entry.domains.some((pattern) => hostMatches(pattern, host))) return 1;
  if (names.some((name) => name.includes(query))) return 2;
  const companies = [entry.entity, entry.parent, entry.euRepresentative].flatMap((party) => (party === undefined ? [] : [normalizeName(party.name)]));
  if (companies.some((company) => company.includes(query))) return 2;
  const kinds = (entry.categories ?? []).flatMap((id) => [id, serviceCategories[id].en, serviceCategories[id].de]).map(normalizeName);
  if (kinds.some((kind) => kind.includes(query))) return 3;
  return undefined;
}

/**
 * What a cookie's name is called by before its variable part: "_pk_id" for "_pk_id.*", so that people can find an
 * entry by the name they know. Undefined for a fixed name, or where little more than punctuation would remain.
 */
function stemOf(pattern: string): string | undefined {
  const fixed = /[*[]/.exec(pattern);
  if (fixed === null) return undefined;
  const stem = pattern.slice(0, fixed.index).replace(/[._-]+$/, "");
  return stem.replace(/[^a-z0-9]/gi, "").length >= 2 ? stem : undefined;
}

/** The host a query names, as typed or in an address ("https://fonts.gstatic.com/s/inter"); undefined for a word. */
function hostOf(raw: string): string | undefined {
  const candidate = raw.includes("://") ? raw : `https://${raw}`;
  try {
    const { hostname } = new URL(candidate);
    return hostname.includes(".") ? hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The entries a query finds, best match first and by name within a rank: by id, name or alias
 * ("Sendinblue"); by a cookie or storage key they set ("_ga", "_fbp", or "_pk_id" for "_pk_id.*"); by a host a website
 * contacts for them ("fonts.gstatic.com", also as an address); by their company ("Meta Platforms");
 * then by kind of service ("newsletter", "Videokonferenz"). An empty query returns every entry, by
 * name. `within` searches another catalog, e.g. yours merged with ours.
 */
export function searchCatalog(query: string, within: Catalog = catalog): Processor[] {
  const entries = Object.values(within);
  const wanted = normalizeName(query);
  const byName = (a: Processor, b: Processor) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id, "en");
  if (wanted === "") return entries.sort(byName);
  return entries
    .flatMap((entry) => {
      const score = rank(entry, wanted, query.trim());
      return score === undefined ? [] : [{ entry, score }];
    })
    .sort((a, b) => a.score - b.score || byName(a.entry, b.entry))
    .map(({ entry }) => entry);
}
