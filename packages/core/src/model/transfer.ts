import * as z from "zod";
import { CountryCodeSchema, TransferGroundIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";
import { HttpUrlSchema, IsoDateSchema } from "./scalars.js";

/** The parts of the Data Privacy Framework a US organisation can self-certify under, each listed separately. */
export const dpfFrameworks = ["EU-US", "UK-Extension", "Swiss-US"] as const;
export type DpfFramework = (typeof dpfFrameworks)[number];

/**
 * A recipient's active certification under the Data Privacy Framework, as a source shows it: the
 * DPF List entry, or the recipient's own statement. It can lapse, so it carries the date it was seen.
 */
export const DpfCertificationSchema = z
  .strictObject({
    frameworks: z
      .array(z.enum(dpfFrameworks))
      .min(1)
      .refine((list) => new Set(list).size === list.length, "list each framework once")
      .meta({ description: "Which frameworks the recipient is certified under: EU-US, UK-Extension, Swiss-US." }),
    source: HttpUrlSchema.meta({ description: "Where the active certification is shown: the DPF List entry or the recipient's statement." }),
    checked: IsoDateSchema.meta({ description: "When the certification was last seen active there." }),
  })
  .meta({ id: "DpfCertification", description: "A recipient's certification under the Data Privacy Framework, with its source." });

export type DpfCertification = z.output<typeof DpfCertificationSchema>;

/** A transfer of personal data to a country outside the EU/EEA (Art. 44-49 GDPR). */
export const TransferSchema = z
  .strictObject({
    country: CountryCodeSchema,
    recipient: z
      .union([z.string().min(1), LocalizedTextSchema])
      .optional()
      .meta({
        description:
          "Who receives the data there: a company's legal name (the provider's parent, or the provider itself, the default), or a group of recipients in words ({ en, de }).",
      }),
    mechanism: TransferGroundIdSchema,
    certification: DpfCertificationSchema.optional().meta({
      description: "For EU-US-DPF: where the recipient's active certification is shown, and when.",
    }),
    safeguards: HttpUrlSchema.optional().meta({ description: "Where a copy of the safeguards (e.g. the SCCs) can be read." }),
    note: LocalizedTextSchema.optional().meta({ description: "Supplementary measures or other details." }),
    checked: IsoDateSchema.optional().meta({
      description: "When the mechanism was last confirmed, e.g. the provider's entry on the Data Privacy Framework list.",
    }),
  })
  .refine((transfer) => transfer.certification === undefined || transfer.mechanism === "EU-US-DPF", {
    message: "a certification belongs to an EU-US-DPF transfer only",
    path: ["certification"],
  })
  .meta({ id: "Transfer", description: "A transfer to a third country and the ground it rests on." });

export type Transfer = z.output<typeof TransferSchema>;
