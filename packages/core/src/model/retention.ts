import * as z from "zod";
import { LocalizedTextSchema } from "./localized-text.js";
import { IsoDurationSchema } from "./scalars.js";

/**
 * How long data is kept (Art. 13(2)(a) GDPR): a fixed period, until an event, or the criteria
 * that decide it. They combine: "until the contract ends, then ten years (tax law)".
 */
export const RetentionSchema = z
  .strictObject({
    duration: IsoDurationSchema.optional(),
    until: LocalizedTextSchema.optional().meta({ description: 'The event that ends storage, e.g. "the meeting ends".' }),
    criteria: LocalizedTextSchema.optional().meta({ description: "How the period is decided, in words." }),
  })
  .refine((retention) => retention.duration !== undefined || retention.until !== undefined || retention.criteria !== undefined, {
    message: "give at least one of duration, until or criteria",
    params: { policyCode: "empty-retention" },
  })
  .meta({ id: "Retention", description: "How long data is kept: a duration, an ending event, or criteria." });

export type Retention = z.output<typeof RetentionSchema>;
