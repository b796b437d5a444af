import { isSoldOrShared } from "../model/california.js";
import type { Service } from "../model/resolved.js";
import { ccpaCategoryIds, getDataCategory, type CcpaCategoryId, type CcpaSensitiveId, type DataCategoryId } from "../taxonomy/index.js";

/** A category of personal information of the CCPA, or "other" for data none of § 1798.140(v)(1)(A)-(K) describes. */
export type CaliforniaCategoryId = Exclude<CcpaCategoryId, "sensitive"> | "other";

/** The data of one category (or one kind of sensitive personal information) and the services that collect it. */
export interface CaliforniaGroup<Id extends string> {
  readonly id: Id;
  /** The policy's kinds of data in the group, in the order the services name them. */
  readonly items: readonly DataCategoryId[];
  readonly services: readonly Service[];
}

/**
 * The policy's data by category of personal information, in the statute's order (A to K), with
 * "other" last: each kind of data under every category that describes it (a driver's licence number
 * is an identifier, and sensitive too: see `californiaSensitive`).
 */
export function californiaCategories(services: readonly Service[]): CaliforniaGroup<CaliforniaCategoryId>[] {
  const order: readonly CaliforniaCategoryId[] = [
    ...ccpaCategoryIds.filter((id): id is Exclude<CcpaCategoryId, "sensitive"> => id !== "sensitive"),
    "other",
  ];
  return grouped(services, order, (item) => {
    const { ccpa, ccpaSensitive } = getDataCategory(item);
    // Data that is only sensitive (a password, health data) is listed there, not as "other".
    if (ccpa.length === 0) return ccpaSensitive === null ? ["other"] : [];
    return ccpa.filter((id): id is Exclude<CcpaCategoryId, "sensitive"> => id !== "sensitive");
  });
}

/** The policy's sensitive personal information by kind (§ 1798.140(ae)), in the statute's order. */
export function californiaSensitive(services: readonly Service[], order: readonly CcpaSensitiveId[]): CaliforniaGroup<CcpaSensitiveId>[] {
  return grouped(services, order, (item) => {
    const kind = getDataCategory(item).ccpaSensitive;
    return kind === null ? [] : [kind];
  });
}

function grouped<Id extends string>(
  services: readonly Service[],
  order: readonly Id[],
  groupsOf: (item: DataCategoryId) => readonly Id[],
): CaliforniaGroup<Id>[] {
  const items = new Map<Id, DataCategoryId[]>();
  const collectors = new Map<Id, Service[]>();
  for (const service of services) {
    for (const { category } of service.data) {
      for (const id of groupsOf(category)) {
        const list = items.get(id) ?? [];
        if (!list.includes(category)) list.push(category);
        items.set(id, list);
        const by = collectors.get(id) ?? [];
        if (!by.includes(service)) by.push(service);
        collectors.set(id, by);
      }
    }
  }
  return order.filter((id) => items.has(id)).map((id) => ({ id, items: items.get(id) ?? [], services: collectors.get(id) ?? [] }));
}

/** The services among these that sell or share their data. */
export function sellingOrSharing(services: readonly Service[]): Service[] {
  return services.filter((service) => isSoldOrShared(service.california));
}

/** The services among these whose provider receives the data for a business purpose: a provider, and neither sold nor shared. */
export function disclosedForBusinessPurpose(services: readonly Service[]): Service[] {
  return services.filter((service) => service.processor !== null && service.keptBy !== "provider" && !isSoldOrShared(service.california));
}
