import type { SectionKind } from "./document.js";

/** The kinds of the parts of a service section ("service-data" and the like). */
export type ServicePartKind = Extract<SectionKind, `service-${string}`>;

/**
 * The stable id of a section, the same in every language:
 * - a general section: its kind ("overview", "rights", "objection");
 * - a service: "service-" and the service id ("service-video-meetings");
 * - a part of a service: the service's id, two hyphens, and the part ("service-video-meetings--data").
 *
 * Service ids are slugs without two hyphens in a row, so a part's id can never equal a service's id
 * ("service-shop--data" for the data of "shop", "service-shop-data" for a service "shop-data").
 */
export function sectionId(kind: SectionKind, serviceId?: string): string {
  if (kind === "service") return `service-${required(serviceId, kind)}`;
  if (kind.startsWith("service-")) return `service-${required(serviceId, kind)}--${kind.slice("service-".length)}`;
  return kind;
}

function required(serviceId: string | undefined, kind: SectionKind): string {
  if (serviceId === undefined) throw new Error(`a "${kind}" section needs a service id`);
  return serviceId;
}
