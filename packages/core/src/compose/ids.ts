import type { SectionKind } from "./document.js";

/** The kinds of the parts of a service section ("service-data" and the like). */
export type ServicePartKind = Extract<SectionKind, `service-${string}`>;

/** The kinds of the index's sections: the two indexes, their entries, and a service in an entry. */
export type IndexKind = Extract<SectionKind, `${string}-index${string}`>;

/** Each index kind with the index it belongs to, and whether it is the index, an entry or a service in an entry. */
const indexKinds: Readonly<Record<IndexKind, { readonly index: string; readonly level: 0 | 1 | 2 }>> = {
  "data-index": { index: "data-index", level: 0 },
  "data-index-category": { index: "data-index", level: 1 },
  "data-index-service": { index: "data-index", level: 2 },
  "transfers-index": { index: "transfers-index", level: 0 },
  "transfers-index-country": { index: "transfers-index", level: 1 },
  "transfers-index-service": { index: "transfers-index", level: 2 },
};

/**
 * Section ids as compose makes them: lower-case letters, digits and hyphens, starting and ending
 * with a letter or digit ("rights", "service-video-meetings", "service-video-meetings--data").
 * Renderers make them anchors and element ids, and may derive ids of their own with other characters
 * (an underscore, say) that can then never collide with a section's.
 */
export const sectionIdPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * The stable id of a section, the same in every language:
 * - a general section: its kind ("overview", "rights", "objection");
 * - a service: "service-" and the service id ("service-video-meetings");
 * - a part of a service: the service's id, two hyphens, and the part ("service-video-meetings--data");
 * - an index: its kind ("data-index", "transfers-index");
 * - an entry of an index: the index's id, two hyphens, and the entry's key (`indexKey`:
 *   "data-index--user-device-ip-address", "transfers-index--us");
 * - a service in an entry: the entry's id, two hyphens, and the service id
 *   ("transfers-index--us--video-meetings").
 *
 * Service ids are slugs without two hyphens in a row, and so are index keys, so no two ids can be
 * the same: a part's id can never equal a service's id ("service-shop--data" for the data of "shop",
 * "service-shop-data" for a service "shop-data").
 */
export function sectionId(kind: SectionKind, serviceId?: string, key?: string): string {
  if (Object.hasOwn(indexKinds, kind)) {
    const { index, level } = indexKinds[kind as IndexKind];
    if (level === 0) return index;
    const entry = `${index}--${indexKey(required(key, kind, "an index key"))}`;
    return level === 1 ? entry : `${entry}--${required(serviceId, kind, "a service id")}`;
  }
  if (kind === "service") return `service-${required(serviceId, kind, "a service id")}`;
  if (kind.startsWith("service-")) return `service-${required(serviceId, kind, "a service id")}--${kind.slice("service-".length)}`;
  return kind;
}

/**
 * An index entry's key as a part of an id: a data category with its dots and underscores as hyphens
 * ("user.device.ip_address" → "user-device-ip-address"), a country code in lower case ("US" → "us").
 */
export function indexKey(key: string): string {
  return key.toLowerCase().replace(/[._]/g, "-");
}

function required(value: string | undefined, kind: SectionKind, what: string): string {
  if (value === undefined) throw new Error(`a "${kind}" section needs ${what}`);
  return value;
}
