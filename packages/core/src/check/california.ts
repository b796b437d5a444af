import { defaultCaliforniaDisclosure, isSoldOrShared } from "../model/california.js";
import type { PolicyData } from "../model/policy.js";
import type { Catalog } from "../validate/catalog.js";
import { processorOf, providerOf } from "../validate/resolve.js";

/** Where the policy lists ccpa among its jurisdictions, else -1: the CCPA is never a default. */
export function ccpaIndex(data: PolicyData): number {
  return data.jurisdictions?.indexOf("ccpa") ?? -1;
}

/**
 * The indexes of the services whose data is sold or shared, as the policy states it or as its
 * provider's default has it. A service whose processor cannot be looked up counts as neither: it is
 * reported as unknown.
 */
export function soldOrShared(data: PolicyData, catalog: Catalog | undefined): number[] {
  return data.services.flatMap((service, index) => {
    const unresolved = typeof service.processor === "string" && processorOf(service, catalog) === undefined;
    // Software we host ourselves is no provider: the processing is in-house, and so discloses nothing.
    const disclosure = service.california ?? (unresolved ? null : defaultCaliforniaDisclosure(providerOf(service, catalog) ?? null));
    return isSoldOrShared(disclosure) ? [index] : [];
  });
}
