import * as z from "zod";
import { CountryCodeSchema, DataSubjectIdSchema, LegalBasisIdSchema, SpecialCategoryConditionIdSchema } from "./ids.js";
import { CaliforniaDisclosureSchema } from "./california.js";
import { AddressSchema } from "./party.js";
import { DataItemSchema } from "./data-item.js";
import { DeviceAccessSchema } from "./device-access.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { ProcessingPurposeSchema } from "./processing-purpose.js";
import { ProcessorSchema } from "./processor.js";
import { RetentionSchema } from "./retention.js";
import { SlugSchema } from "./scalars.js";
import { TransferSchema } from "./transfer.js";

/** Where data comes from when not from the person themselves (Art. 14(2)(f) GDPR). */
export const DataSourceSchema = z
  .strictObject({
    from: z.enum(["data-subject", "third-party", "public"]),
    name: LocalizedTextSchema.optional().meta({ description: "Who or what the source is." }),
  })
  .meta({ id: "DataSource", description: "Where the data comes from." });

/** Whether a person must provide the data (Art. 13(2)(e) GDPR). */
export const ProvisionSchema = z
  .strictObject({
    requirement: z.enum(["statutory", "contractual", "precontractual", "voluntary"]).meta({
      description:
        "statutory: a law obliges people to give the data; contractual: a contract they have with you obliges them to; precontractual: you need it to enter into a contract, but nobody is obliged to give it; voluntary: none of these (Art. 13(2)(e) GDPR).",
    }),
    consequences: LocalizedTextSchema.optional().meta({ description: "What happens if the data is not provided." }),
  })
  .meta({ id: "Provision", description: "Whether providing the data is required, and what follows if not." });

export type Provision = z.output<typeof ProvisionSchema>;

/** Someone else who receives the data (Art. 13(1)(e) GDPR), beyond the service's provider. */
export const RecipientSchema = z
  .strictObject({
    name: LocalizedTextSchema.meta({ description: "The recipient, or a specific category of recipients." }),
    country: CountryCodeSchema.optional().meta({ description: "Where the recipient is, when no address is given." }),
    address: AddressSchema.optional().meta({ description: "The recipient's postal address, for a named recipient (a tax adviser, a courier)." }),
    legalBasis: LegalBasisIdSchema.optional().meta({
      description:
        "The legal basis for passing the data on, for a recipient that decides for itself what it does with it (a tax adviser, a courier, the police): e.g. A6-1-c for a legal obligation.",
    }),
  })
  .refine((recipient) => recipient.country === undefined || recipient.address === undefined, {
    message: "give either country or address, not both: the address names the country",
    path: ["country"],
  })
  .meta({ id: "Recipient", description: "A recipient or category of recipients." });

/** One processing activity: a use of a provider's service, or something done in-house. */
export const ServiceSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema.optional().meta({ description: "Defaults to the processor's name." }),
    processor: z.union([SlugSchema, ProcessorSchema]).optional().meta({
      description: "A catalog id (zoom), a provider written inline, or absent for in-house processing.",
    }),
    description: LocalizedTextSchema.optional(),
    purposes: z.array(ProcessingPurposeSchema).min(1).optional().meta({ description: "Defaults to the processor's activities." }),
    data: z.array(DataItemSchema).min(1).optional().meta({ description: "Defaults to the processor's activities." }),
    subjects: z.array(DataSubjectIdSchema).min(1).optional().meta({ description: "Defaults to the processor's activities." }),
    specialCategoryCondition: SpecialCategoryConditionIdSchema.optional().meta({
      description: "Required when the data includes special categories (Art. 9(2) GDPR).",
    }),
    parentalConsent: LocalizedTextSchema.optional().meta({
      description:
        "Where the service is offered directly to children on consent: how a parent gives or authorises consent for a child below the age of digital consent, and how you check it (Art. 8 GDPR).",
    }),
    sources: z.array(DataSourceSchema).optional().meta({ description: "Defaults to the person themselves." }),
    provision: ProvisionSchema.optional(),
    recipients: z.array(RecipientSchema).default([]),
    keptBy: z.enum(["us", "provider"]).optional().meta({
      description:
        "Who keeps the data: us (the default), or only the provider, which receives it directly and keeps it under its own responsibility (an embedded video or map). Then the text gives no retention of ours and lists the service under no right over data we hold.",
    }),
    retention: RetentionSchema.optional().meta({ description: "Defaults to the processor's retention. Not needed where keptBy is provider." }),
    transfers: z.array(TransferSchema).optional().meta({ description: "Defaults to the processor's transfers." }),
    deletion: LocalizedTextSchema.optional().meta({ description: "Defaults to the processor's instructions." }),
    deviceAccess: z.array(DeviceAccessSchema).optional().meta({ description: "Defaults to the processor's." }),
    california: CaliforniaDisclosureSchema.optional(),
    securityMeasures: z.array(LocalizedTextSchema).default([]).meta({
      description:
        "Security measures for this processing activity beyond the policy's securityMeasures (Art. 32(1) GDPR): for the record of processing activities, not for the public policy.",
    }),
  })
  .meta({ id: "Service", description: "A processing activity: what is done with which data, why and on which basis." });

export type ServiceInput = z.input<typeof ServiceSchema>;
