import type * as z from "zod";
import type { DataCategoryId, DataSubjectId } from "../taxonomy/index.js";
import type { CaliforniaDisclosure } from "./california.js";
import type { CollectionMode } from "./data-item.js";
import type { DeviceAccess } from "./device-access.js";
import type { LocalizedText } from "./localized-text.js";
import type { Jurisdiction } from "./data-protection-law.js";
import type { PolicyData } from "./policy.js";
import type { ProcessingPurpose } from "./processing-purpose.js";
import type { Processor, Provider } from "./processor.js";
import type { Retention } from "./retention.js";
import type { DataSourceSchema, ServiceSchema } from "./service.js";
import type { Transfer } from "./transfer.js";

export type DataSource = z.output<typeof DataSourceSchema>;

/** A data item in its full form: the short `"user.contact.email"` spelled out. */
export interface DataItem {
  readonly category: DataCategoryId;
  readonly details?: LocalizedText;
  readonly collected: CollectionMode;
  /** Where data the person did not give us comes from. */
  readonly source?: LocalizedText;
}

/** A service with its processor looked up and the processor's defaults applied. */
export type Service = Omit<
  z.output<typeof ServiceSchema>,
  "name" | "processor" | "purposes" | "data" | "subjects" | "sources" | "retention" | "transfers" | "deletion" | "deviceAccess" | "california"
> & {
  readonly name: LocalizedText;
  /** The company that receives the data; null for processing done in-house, also with self-hosted software. */
  readonly processor: Provider | null;
  /** The self-hosted software the service runs on (its entry says `selfHosted`): in-house processing, named by its product. */
  readonly software: Processor | null;
  readonly purposes: readonly ProcessingPurpose[];
  readonly data: readonly DataItem[];
  readonly subjects: readonly DataSubjectId[];
  readonly sources: readonly DataSource[];
  readonly retention: Retention | null;
  readonly transfers: readonly Transfer[];
  readonly deletion: LocalizedText | null;
  readonly deviceAccess: readonly DeviceAccess[];
  /** Whether the data is sold or shared under the CCPA: as the policy states, else the default for its provider; null where neither says. */
  readonly california: CaliforniaDisclosure | null;
};

/** A validated policy: references resolved, defaults applied. What compose and the renderers take. */
export type Policy = Omit<PolicyData, "$schema" | "meta" | "services" | "jurisdictions"> & {
  readonly meta: PolicyData["meta"] & { readonly updated: string };
  /** As the policy names them, else the law of the controller's country. */
  readonly jurisdictions: readonly Jurisdiction[];
  readonly services: readonly Service[];
};
