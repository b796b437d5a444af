import type { DataCategoryId } from "../taxonomy/index.js";
import type { CollectionMode, DataItemInput } from "../model/data-item.js";
import { isProvider, type Processor, type Provider } from "../model/processor.js";
import type { PolicyData } from "../model/policy.js";
import { defaultCaliforniaDisclosure } from "../model/california.js";
import { defaultJurisdictions } from "../model/data-protection-law.js";
import type { DataItem, Policy, Service } from "../model/resolved.js";
import { confirmedRetention } from "../model/unconfirmed.js";
import type { Catalog } from "./catalog.js";

/**
 * Looks up catalog processors and applies defaults. Runs only on a policy that passed every
 * check, so each reference is known to exist.
 */
export function resolvePolicy(data: PolicyData, catalog: Catalog | undefined): Policy {
  const { $schema: _schema, meta, services, jurisdictions, ...rest } = data;
  return {
    ...rest,
    jurisdictions: jurisdictions ?? defaultJurisdictions(data.controller.address.country),
    meta: { ...meta, updated: meta.updated ?? meta.effective },
    services: services.map((service) => resolveService(service, catalog)),
  };
}

function resolveService(service: PolicyData["services"][number], catalog: Catalog | undefined): Service {
  const entry = processorOf(service, catalog) ?? null;
  // Self-hosted software gives the service its defaults but receives nothing: the processing is in-house.
  const processor = entry !== null && isProvider(entry) ? entry : null;
  const software = entry !== null && processor === null ? entry : null;
  // checkReferences has made sure that each list exists on the service or in the processor's activities.
  const activities = entry?.activities;
  return {
    ...service,
    name: service.name ?? entry?.name ?? service.id,
    processor,
    software,
    purposes: service.purposes ?? activities!.purposes,
    data: (service.data ?? activities!.data).map(toDataItem),
    subjects: service.subjects ?? activities!.subjects,
    sources: service.sources ?? [{ from: "data-subject" }],
    // A retention period the provider's documents do not confirm is not stated as ours.
    retention: service.retention ?? confirmedRetention(entry) ?? null,
    transfers: service.transfers ?? entry?.transfers ?? [],
    deletion: service.deletion ?? entry?.deletion ?? null,
    deviceAccess: service.deviceAccess ?? entry?.deviceAccess ?? [],
    california: service.california ?? defaultCaliforniaDisclosure(processor),
  };
}

/** The company that receives the service's data: its processor, unless that is self-hosted software (or in-house, or unknown). */
export function providerOf(service: PolicyData["services"][number], catalog: Catalog | undefined): Provider | undefined {
  const entry = processorOf(service, catalog);
  return entry !== undefined && isProvider(entry) ? entry : undefined;
}

/** The service's processor: written inline, looked up in the catalog, or undefined (in-house or unknown). */
export function processorOf(service: PolicyData["services"][number], catalog: Catalog | undefined): Processor | undefined {
  if (typeof service.processor !== "string") return service.processor;
  // Own entries only: `processor: constructor` must not find Object's constructor in a plain catalog object.
  return catalog !== undefined && Object.hasOwn(catalog, service.processor) ? catalog[service.processor] : undefined;
}

function toDataItem(item: DataItemInput): DataItem {
  if (typeof item === "string") return { category: item, collected: collectionOf(item) };
  return { ...item, collected: collectedOf(item) };
}

/** How a data item reaches us: as the policy says; received from others where it names a source; else as its category usually does. */
export function collectedOf(item: DataItemInput): CollectionMode {
  if (typeof item === "string") return collectionOf(item);
  return item.collected ?? (item.source === undefined ? collectionOf(item.category) : "received");
}

const automatic = ["user.device", "user.location", "user.telemetry", "user.sensor", "user.user_sensor", "user.unique_id"];
const usage = ["user.behavior", "system.operations"];

/** How data of a category usually reaches us, when the policy does not say. */
export function collectionOf(category: DataCategoryId): CollectionMode {
  const within = (root: string) => category === root || category.startsWith(`${root}.`);
  if (within("user.content")) return "content";
  if (usage.some(within)) return "usage";
  return automatic.some(within) ? "automatic" : "provided";
}
