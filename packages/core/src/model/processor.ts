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

/** An entry's role: a provider's, or none for self-hosted software, whose maker receives nothing. */
export const entryRoles = [...processorRoles, "none"] as const;

/** The groups of facts about a provider that need a source; descriptions are our own words. */
export const factGroups = [
  "entity",
  "parent",
  "role",
  "representative",
  "urls",
  "transfers",
  "activities",
  "retention",
  "deletion",
  "device-access",
  "domains",
] as const;
export type FactGroup = (typeof factGroups)[number];

/** Where a group of facts about a provider was found, so a reader can re-check it. */
export const SourceSchema = z
  .strictObject({
    url: HttpUrlSchema,
    facts: z.array(z.enum(factGroups)).min(1).meta({ description: "Which facts the page supports, e.g. [entity, transfers]." }),
    checked: IsoDateSchema.optional().meta({ description: "When we last read the page." }),
    updated: IsoDateSchema.optional().meta({ description: 'The document\'s own "last updated" or "effective" date, where it states one.' }),
  })
  .meta({ id: "Source", description: "A public page that supports some of an entry's facts." });

/**
 * One role a provider plays, and what it covers. Stripe processes payments for a shop but checks
 * for fraud as a controller in its own right; the Meta Pixel makes the site and Meta joint
 * controllers for collecting and sending the data, and Meta a controller for what it does next.
 */
export const ProviderRoleSchema = z
  .strictObject({
    role: z.enum(processorRoles),
    scope: LocalizedTextSchema.meta({
      description: 'What the role covers, as a phrase that follows "for" / "für": "processing the payment" / "die Abwicklung der Zahlung".',
    }),
    arrangement: LocalizedTextSchema.optional().meta({
      description: "For a joint controller: the essence of the arrangement (Art. 26(2) GDPR), who does what.",
    }),
    arrangementUrl: HttpUrlSchema.optional().meta({ description: "Where the arrangement can be read." }),
  })
  .refine((entry) => entry.role !== "joint-controller" || entry.arrangement !== undefined, {
    message: "a joint controller needs the essence of the arrangement (Art. 26(2) GDPR) in arrangement",
    path: ["arrangement"],
  })
  .meta({ id: "ProviderRole", description: "A role the provider plays (processor, joint or independent controller) and what it covers." });

export type ProviderRole = z.output<typeof ProviderRoleSchema>;

/**
 * The facts of an entry that may be marked unconfirmed or disputed, as paths into the entry.
 * Compose knows each of them, so an unconfirmed fact is never stated as certain.
 */
export const entryFactPattern =
  /^(?:entity(?:\.address)?|parent|euRepresentative|retention|role|roles\[\d+\]|transfers(?:\[\d+\](?:\.mechanism)?)?|deviceAccess\[\d+\](?:\.(?:duration|party|domain))?)$/;

const EntryFactSchema = z
  .string()
  .regex(
    entryFactPattern,
    "name a fact as a path: entity, entity.address, parent, euRepresentative, retention, role, roles[0], transfers (the whole list), transfers[0], deviceAccess[0].duration ...",
  );

/** A fact that no provider document confirms: kept so the gap is visible, never stated as certain. */
export const UnconfirmedFactSchema = z
  .strictObject({
    fact: EntryFactSchema,
    note: z.string().min(1).meta({ description: "What was looked for and found, for whoever confirms it next." }),
  })
  .meta({ id: "UnconfirmedFact", description: "A fact of an entry that no provider document confirms." });

export type UnconfirmedFact = z.output<typeof UnconfirmedFactSchema>;

/** Where another source says otherwise: the entry keeps the provider's own value and records the other. */
export const FactDisagreementSchema = z
  .strictObject({
    fact: EntryFactSchema,
    value: z.string().min(1).meta({ description: "What the other source says." }),
    source: HttpUrlSchema,
  })
  .meta({ id: "FactDisagreement", description: "A value another source gives for a fact, where it differs from the provider's." });

export type FactDisagreement = z.output<typeof FactDisagreementSchema>;

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
    name: z.string().min(1).meta({ description: 'The product name readers know, e.g. "Zoom".' }),
    aliases: z.array(z.string().min(1)).optional(),
    categories: z.array(z.enum(serviceCategoryIds)).optional().meta({ description: "What kind of service it is, e.g. [analytics]." }),
    entity: PartySchema.meta({ description: "The legal entity an EU-facing policy names; for self-hosted software, its maker." }),
    parent: PartySchema.optional().meta({ description: "The parent or non-EU entity that also receives data." }),
    selfHosted: z.literal(true).optional().meta({
      description:
        "Software we run ourselves, on our website's own servers (Matomo On-Premise, fonts served from our site): its maker (entity) receives nothing, so a service using it is in-house processing, and the text says that the data stays with us.",
    }),
    role: z.enum(entryRoles).default("processor").meta({
      description: "The role for what the provider does for us (roles adds others); none for self-hosted software, whose maker receives nothing.",
    }),
    roles: z.array(ProviderRoleSchema).min(1).optional().meta({
      description: "Where the provider acts in more than one role, each role and what it covers.",
    }),
    euRepresentative: PartySchema.optional().meta({
      description: "The provider's representative in the EU (Art. 27 GDPR), where it has no establishment there.",
    }),
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
    domains: z
      .array(
        z
          .string()
          .regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'a host name in lower case, or "*." and a domain for all its subdomains')
          .meta({ description: 'A host, e.g. "fonts.gstatic.com", or "*." and a domain for all its subdomains, e.g. "*.hotjar.com".' }),
      )
      .default([])
      .meta({
        description:
          "The hosts a website contacts when it uses the service (scripts, pixels, embeds, fonts), as the provider documents them: what policy scan recognises the service by.",
      }),
    sources: z.array(SourceSchema).default([]),
    checked: IsoDateSchema.optional().meta({ description: "When the facts were last checked against their sources." }),
    unconfirmed: z.array(UnconfirmedFactSchema).default([]).meta({ description: "Facts no provider document confirms." }),
    disagreements: z.array(FactDisagreementSchema).default([]).meta({ description: "Where another source gives another value." }),
  })
  .refine((processor) => processor.roles === undefined || processor.roles.some((entry) => entry.role === processor.role), {
    message: "role must be one of the roles listed in roles",
    path: ["role"],
  })
  .refine((processor) => (processor.role === "none") === (processor.selfHosted === true), {
    message: "role none goes with selfHosted, and only with it: self-hosted software's maker plays no role, a provider that receives data does",
    path: ["role"],
  })
  .refine((processor) => processor.selfHosted !== true || selfHostedRecipients(processor).length === 0, {
    message:
      "self-hosted software sends nothing to its maker or anyone else: it has no transfers, parent, euRepresentative, roles, urls.dpa or domains",
    path: ["selfHosted"],
  })
  .meta({ id: "Processor", description: "A service provider and the facts a policy needs about it." });

/** What would make self-hosted software a recipient after all: each field that says data goes somewhere. */
function selfHostedRecipients(processor: {
  readonly transfers: readonly unknown[];
  readonly parent?: unknown;
  readonly euRepresentative?: unknown;
  readonly roles?: readonly unknown[];
  readonly urls: { readonly dpa?: string };
  readonly domains: readonly string[];
}): string[] {
  const present: [string, boolean][] = [
    ["transfers", processor.transfers.length > 0],
    ["parent", processor.parent !== undefined],
    ["euRepresentative", processor.euRepresentative !== undefined],
    ["roles", processor.roles !== undefined],
    ["urls.dpa", processor.urls.dpa !== undefined],
    ["domains", processor.domains.length > 0],
  ];
  return present.filter(([, found]) => found).map(([field]) => field);
}

export type Processor = z.output<typeof ProcessorSchema>;

/** An entry whose company receives the data: every entry but self-hosted software (role none). */
export type Provider = Processor & { readonly role: ProcessorRole };

export function isProvider(entry: Processor): entry is Provider {
  return entry.role !== "none";
}
export type ProcessorInput = z.input<typeof ProcessorSchema>;
