import type { DataCategoryId } from "../taxonomy/index.js";
import type { CollectionMode } from "../model/data-item.js";
import type { PolicyData } from "../model/policy.js";
import type { DataItem, Policy, Service } from "../model/resolved.js";
import type { Catalog } from "./catalog.js";

/**
 * Looks up catalog processors and applies defaults. Runs only on a policy that passed every
 * check, so each reference is known to exist.
 */
export function resolvePolicy(data: PolicyData, catalog: Catalog | undefined): Policy {
  const { $schema: _schema, meta, services, ...rest } = data;
  return {
    ...rest,
    meta: { ...meta, updated: meta.updated ?? meta.effective },
    services: services.map((service) => resolveService(service, catalog)),
  };
}

function resolveService(service: PolicyData["services"][number], catalog: Catalog | undefined): Service {
  const processor = typeof service.processor === "string" ? catalog![service.processor]! : (service.processor ?? null);
  return {
    ...service,
    name: service.name ?? processor?.name ?? service.id,
    processor,
    data: service.data.map(toDataItem),
    sources: service.sources ?? [{ from: "data-subject" }],
    retention: service.retention ?? processor?.retention ?? null,
    transfers: service.transfers ?? processor?.transfers ?? [],
    deletion: service.deletion ?? processor?.deletion ?? null,
    deviceAccess: service.deviceAccess ?? processor?.deviceAccess ?? [],
  };
}

function toDataItem(item: PolicyData["services"][number]["data"][number]): DataItem {
  if (typeof item === "string") return { category: item, collected: collectionOf(item) };
  return { ...item, collected: item.collected ?? collectionOf(item.category) };
}

const automatic = ["user.device", "user.behavior", "user.location", "user.telemetry", "user.sensor", "user.user_sensor", "user.unique_id", "system"];

/** How data of a category usually reaches us, when the policy does not say. */
export function collectionOf(category: DataCategoryId): CollectionMode {
  const within = (root: string) => category === root || category.startsWith(`${root}.`);
  if (within("user.content")) return "content";
  return automatic.some(within) ? "automatic" : "provided";
}
