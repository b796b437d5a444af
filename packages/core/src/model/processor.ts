import * as z from "zod";
import { DataSubjectIdSchema } from "./ids.js";
import { DataItemSchema } from "./data-item.js";
import { DeviceAccessSchema } from "./device-access.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { PartySchema } from "./party.js";
import { ProcessingPurposeSchema } from "./processing-purpose.js";
import { RetentionSchema } from "./retention.js";
import { HttpUrlSchema, IsoDateSchema, SlugSchema } from "./scalars.js";
import { serviceCategoryIds } from "./service-category.js";
import { TransferSchema } from "./transfer.js";

export const processorRoles = ["processor", "joint-controller", "controller"] as const;
export type ProcessorRole = (typeof processorRoles)[number];

/** The groups of facts about a provider that need a source; descriptions are our own words. */
export const factGroups = ["entity", "parent", "urls", "transfers", "activities", "retention", "deletion", "device-access"] as const;
export type FactGroup = (typeof factGroups)[number];

/** Where a group of facts about a provider was found, so a reader can re-check it. */
export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema,
    facts: z.array(z.enum(factGroups)).min(1).meta({ description: "Which facts the page supports, e.g. [entity, transfers]." }),
    checked: IsoDateSchema.optional().meta({ description: "When the page was last read, where it differs from the entry's date." }),
  })
  .meta({ id: "Source", description: "A public page that supports some of an entry's facts." });

export type Source = z.output<typeof SourceSchema>;

/** What a service typically does with data; a policy's service starts from these defaults. */
export const ActivityDefaultsSchema = z
  .strictObject({
    purposes: z.array(ProcessingPurposeSchema).min(1),
    data: z.array(DataItemSchema).min(1),
    subjects: z.array(DataSubjectIdSchema).min(1),
  })
  .meta({ id: "ActivityDefaults", description: "The purposes, data and data subjects a service usually involves." });

/** A provider a service runs on: a catalog entry, or written inline in a policy. */
export const ProcessorSchema = z
  .strictObject({
    id: SlugSchema,
    name: z.string().min(1).meta({ description: "The product name readers know, e.g. \"Zoom\"." }),
    aliases: z.array(z.string().min(1)).optional(),
    categories: z.array(z.enum(serviceCategoryIds)).optional().meta({ description: "What kind of service it is, e.g. [analytics]." }),
    entity: PartySchema.meta({ description: "The legal entity an EU-facing policy names." }),
    parent: PartySchema.optional().meta({ description: "The parent or non-EU entity that also receives data." }),
    role: z.enum(processorRoles).default("processor"),
    urls: z
      .strictObject({
        website: HttpUrlSchema.optional(),
        privacyPolicy: HttpUrlSchema.optional(),
        dpa: HttpUrlSchema.optional(),
        optOut: HttpUrlSchema.optional(),
      })
      .default({}),
    description: LocalizedTextSchema.meta({ description: "What the service does, in plain words." }),
    activities: ActivityDefaultsSchema.optional(),
    transfers: z.array(TransferSchema).default([]),
    retention: RetentionSchema.optional(),
    deletion: LocalizedTextSchema.optional().meta({ description: "How a person deletes their data or objects." }),
    deviceAccess: z.array(DeviceAccessSchema).default([]),
    sources: z.array(SourceSchema).default([]),
    checked: IsoDateSchema.optional().meta({ description: "When the facts were last checked against their sources." }),
  })
  .meta({ id: "Processor", description: "A service provider and the facts a policy needs about it." });

export type Processor = z.output<typeof ProcessorSchema>;
export type ProcessorInput = z.input<typeof ProcessorSchema>;
