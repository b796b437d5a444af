import * as z from "zod";
import { LegalBasisIdSchema, PurposeIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localized-text.js";

/** One purpose of a service with its legal basis (Art. 13(1)(c) and (d) GDPR). */
export const ProcessingPurposeSchema = z
  .strictObject({
    purpose: PurposeIdSchema,
    legalBasis: LegalBasisIdSchema,
    description: LocalizedTextSchema.optional().meta({ description: "The purpose in the policy's own words." }),
    legitimateInterest: LocalizedTextSchema.optional().meta({
      description: "Required with A6-1-f: the legitimate interest pursued, in words.",
    }),
  })
  .meta({ id: "ProcessingPurpose", description: "A purpose and the legal basis it rests on." });

export type ProcessingPurpose = z.output<typeof ProcessingPurposeSchema>;
