import type { PolicyData } from "../model/policy.js";
import type { Processor } from "../model/processor.js";
import type { Catalog } from "../validate/catalog.js";
import type { PathSegment } from "../validate/path.js";
import { processorOf } from "../validate/resolve.js";

type ServiceData = PolicyData["services"][number];

/**
 * A service's lists as the policy states them: its own, or else its processor's defaults, each
 * with the path where it is written, so that a rule points at the list it is about.
 */
export interface ServiceLists {
  readonly at: readonly PathSegment[];
  /** Undefined where the processor is named but cannot be looked up (reported as unknown-processor). */
  readonly processor: Processor | undefined;
  readonly unresolved: boolean;
  readonly purposes: NonNullable<ServiceData["purposes"]>;
  readonly purposesAt: readonly PathSegment[];
  readonly data: NonNullable<ServiceData["data"]>;
  readonly transfers: NonNullable<ServiceData["transfers"]>;
  readonly transfersAt: readonly PathSegment[];
}

export function serviceLists(service: ServiceData, index: number, catalog: Catalog | undefined): ServiceLists {
  const at = ["services", index] as const;
  const processor = processorOf(service, catalog);
  const activities = processor?.activities;
  return {
    at,
    processor,
    unresolved: typeof service.processor === "string" && processor === undefined,
    purposes: service.purposes ?? activities?.purposes ?? [],
    purposesAt: service.purposes === undefined ? [...at, "processor", "activities", "purposes"] : [...at, "purposes"],
    data: service.data ?? activities?.data ?? [],
    transfers: service.transfers ?? processor?.transfers ?? [],
    transfersAt: service.transfers === undefined ? [...at, "processor", "transfers"] : [...at, "transfers"],
  };
}
